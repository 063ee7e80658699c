using System.Text.Json;

namespace Torchbase.Domain.Finance;

/// <summary>How much of a service contract an innovation voucher pays: a share of the contract, capped per enterprise and year (万元).</summary>
public sealed record VoucherPolicy(string Policy, int Year, string Source, string? SourceUrl, decimal SubsidyShare, decimal CapPerEnterprisePerYear)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<VoucherPolicy> Embedded = new(() =>
    {
        using var stream = typeof(VoucherPolicy).Assembly.GetManifestResourceStream("Torchbase.Domain.Finance.Rules.voucher-policy.json")!;
        return JsonSerializer.Deserialize<VoucherPolicy>(stream, Json)!;
    });

    public static VoucherPolicy Current => Embedded.Value;

    /// <summary>
    /// The most that may be approved: the subsidy share of the contract, no more than requested, and no more than what is left
    /// of the yearly cap after the enterprise's other approved vouchers.
    /// </summary>
    public VoucherAllowance Allow(decimal contractAmount, decimal requested, decimal alreadyApprovedThisYear)
    {
        var byShare = Math.Round(contractAmount * SubsidyShare, 2);
        var left = Math.Max(0, CapPerEnterprisePerYear - alreadyApprovedThisYear);
        var max = Math.Min(Math.Min(byShare, requested), left);
        var limitedBy = max == left && left < Math.Min(byShare, requested) ? VoucherLimit.YearlyCap
            : max == byShare && byShare < requested ? VoucherLimit.SubsidyShare
            : VoucherLimit.Requested;
        return new VoucherAllowance(max, byShare, left, limitedBy);
    }
}

public enum VoucherLimit { Requested, SubsidyShare, YearlyCap }

public sealed record VoucherAllowance(decimal Max, decimal ByShare, decimal CapLeft, VoucherLimit LimitedBy);
