using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Points;

/// <summary>
/// The named facts a formula can read for one enterprise and year: every figure of the year's <see cref="AnnualReport"/> by its
/// property name (<c>RdExpense</c>), the previous year's as <c>prev.RdExpense</c>, <c>IpCount</c> (all IP kinds reported),
/// <c>has.HighTech</c>… (1 or 0 for a qualification valid at the year's end) and the facts the host supplies from its own records
/// (<see cref="HostFacts"/>: <c>Platforms</c>, the enterprise's R&amp;D institutions; <c>TechContracts</c>, the amount of the
/// technology contracts it registered in the year as seller or buyer, 万元).
/// A figure the enterprise did not report stays null.
/// </summary>
public static class IndicatorFacts
{
    private static readonly Dictionary<string, Func<AnnualReport, double?>> Figures = new()
    {
        [nameof(AnnualReport.Revenue)] = r => (double?)r.Revenue,
        [nameof(AnnualReport.MainBusinessRevenue)] = r => (double?)r.MainBusinessRevenue,
        [nameof(AnnualReport.TotalLiabilities)] = r => (double?)r.TotalLiabilities,
        [nameof(AnnualReport.EquityFinancing)] = r => (double?)r.EquityFinancing,
        [nameof(AnnualReport.GraduatesHired)] = r => r.GraduatesHired,
        [nameof(AnnualReport.HighValueClassOneIp)] = r => r.HighValueClassOneIp,
        [nameof(AnnualReport.SelfDevelopedClassOneIp)] = r => r.SelfDevelopedClassOneIp,
        [nameof(AnnualReport.HighTechRevenue)] = r => (double?)r.HighTechRevenue,
        [nameof(AnnualReport.RdExpense)] = r => (double?)r.RdExpense,
        [nameof(AnnualReport.DomesticRdExpense)] = r => (double?)r.DomesticRdExpense,
        [nameof(AnnualReport.OperatingCost)] = r => (double?)r.OperatingCost,
        [nameof(AnnualReport.NetAssets)] = r => (double?)r.NetAssets,
        [nameof(AnnualReport.TotalAssets)] = r => (double?)r.TotalAssets,
        [nameof(AnnualReport.NetProfit)] = r => (double?)r.NetProfit,
        [nameof(AnnualReport.Taxes)] = r => (double?)r.Taxes,
        [nameof(AnnualReport.Employees)] = r => r.Employees,
        [nameof(AnnualReport.TechStaff)] = r => r.TechStaff,
        [nameof(AnnualReport.RdStaff)] = r => r.RdStaff,
        [nameof(AnnualReport.InventionPatents)] = r => r.InventionPatents,
        [nameof(AnnualReport.UtilityModels)] = r => r.UtilityModels,
        [nameof(AnnualReport.DesignPatents)] = r => r.DesignPatents,
        [nameof(AnnualReport.SoftwareCopyrights)] = r => r.SoftwareCopyrights,
        [nameof(AnnualReport.OtherClassOneIp)] = r => r.OtherClassOneIp,
        // Any IP kind reported counts; a kind left blank adds nothing, but all blank is "not reported".
        ["IpCount"] = r => r.InventionPatents is null && r.UtilityModels is null && r.DesignPatents is null
                           && r.SoftwareCopyrights is null && r.OtherClassOneIp is null
            ? null
            : (r.InventionPatents ?? 0) + (r.UtilityModels ?? 0) + (r.DesignPatents ?? 0) + (r.SoftwareCopyrights ?? 0) + (r.OtherClassOneIp ?? 0),
        // Ⅰ类知识产权: invention patents and the other class-I kinds.
        ["ClassOneIp"] = r => r.InventionPatents is null && r.OtherClassOneIp is null ? null : (r.InventionPatents ?? 0) + (r.OtherClassOneIp ?? 0),
    };

    /// <summary>Facts the host reads from its own records rather than from the yearly report.</summary>
    public static readonly IReadOnlyList<string> HostFacts = ["Platforms", "TechContracts"];

    public static IReadOnlyCollection<string> KnownNames =>
        [.. Figures.Keys, .. Figures.Keys.Select(k => "prev." + k), .. Enum.GetNames<QualificationType>().Select(q => "has." + q), .. HostFacts];

    public static Func<string, double?> For(AnnualReport? year, AnnualReport? previous, IReadOnlySet<QualificationType> held,
        IReadOnlyDictionary<string, double?>? extra = null) => name =>
    {
        if (name.StartsWith("prev.", StringComparison.Ordinal))
            return previous is not null && Figures.TryGetValue(name[5..], out var p) ? p(previous) : null;
        if (name.StartsWith("has.", StringComparison.Ordinal))
            return Enum.TryParse<QualificationType>(name[4..], out var q) ? (held.Contains(q) ? 1 : 0) : null;
        if (Figures.TryGetValue(name, out var f)) return year is null ? null : f(year);
        return extra is not null && extra.TryGetValue(name, out var v) ? v : null;
    };
}
