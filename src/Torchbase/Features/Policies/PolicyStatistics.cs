using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Finance;
using Torchbase.Domain.Policies;
using Torchbase.Features.Reports;
using ReportFigure = Torchbase.Features.Reports.ReportFigure;
using Torchbase.Localization;

namespace Torchbase.Features.Policies;

/// <summary>One row of a breakdown: Key is the enum name (level, type), the park's id or the year; Label the park's name.</summary>
public sealed record PolicyStatRow(string Key, string? Label, int Enterprises, int Payments, decimal Amount);

/// <summary>
/// 惠企政策兑现 for a year: the benefits paid (PaidOn in the year), and the vouchers redeemed and funds secured that name a benefit item
/// (their year) — policies and items carried out, enterprises benefited, the amount — by policy level, benefit type and park, and every
/// year side by side, each payment counted once (<see cref="PolicyPayments"/>); with the higher-level funds secured and the innovation
/// vouchers approved that year, kept in the financial supermarket's records.
/// </summary>
public sealed record PolicyStatistics(int Year, int Policies, int Items, int Enterprises, int Payments, decimal Paid,
    IReadOnlyList<PolicyStatRow> ByLevel, IReadOnlyList<PolicyStatRow> ByType, IReadOnlyList<PolicyStatRow> ByPark, IReadOnlyList<PolicyStatRow> ByYear,
    int FundEnterprises, decimal FundsSecured, int VoucherEnterprises, decimal VouchersApproved);

public static class PolicyStatisticsQuery
{
    private sealed record StatRow(PolicyPayment Payment, Guid ParkId, Guid PolicyId, BenefitType Type, PolicyLevel Level);

    /// <summary>A voucher's or a fund's payment of a benefit item, in one shape so that both are read by one query (UNION ALL).</summary>
    private sealed class LinkedPayment
    {
        public PaymentSource Source { get; init; }
        public Guid Id { get; init; }
        public Guid EnterpriseId { get; init; }
        public Guid ItemId { get; init; }
        public int Year { get; init; }
        public decimal Amount { get; init; }
    }

    /// <summary>The statistics over what the caller may see (the query filters), or one zone's when <paramref name="zoneId"/> is given.</summary>
    public static async Task<PolicyStatistics> ComputeAsync(AppDbContext db, Guid? zoneId, int year, CancellationToken ct)
    {
        var paid = db.BenefitApplications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Paid && a.PaidOn != null);
        var linkedVouchers = db.VoucherApplications.AsNoTracking().Where(v => v.Status == VoucherStatus.Redeemed && v.PolicyItemId != null);
        var linkedFunds = db.PolicyFundApplications.AsNoTracking().Where(f => f.Status == FundStatus.Approved && f.PolicyItemId != null);
        if (zoneId is { } z)
        {
            paid = paid.Where(a => a.ZoneId == z);
            linkedVouchers = linkedVouchers.Where(v => v.ZoneId == z);
            linkedFunds = linkedFunds.Where(f => f.ZoneId == z);
        }
        var payouts = await (from a in paid
                             join i in db.BenefitItems on a.ItemId equals i.Id
                             join p in db.Policies on a.PolicyId equals p.Id
                             select new StatRow(
                                 new PolicyPayment(PaymentSource.Benefit, a.Id, a.EnterpriseId, a.ItemId, a.PaidOn!.Value.Year, a.PaidAmount ?? 0),
                                 a.ParkId, a.PolicyId, i.Type, p.Level))
            .ToListAsync(ct);
        // A voucher redeemed or a fund secured against a benefit item is a payment of that item, counted once with the payouts.
        var linked = linkedVouchers.Select(v => new LinkedPayment
            {
                Source = PaymentSource.Voucher, Id = v.Id, EnterpriseId = v.EnterpriseId, ItemId = v.PolicyItemId!.Value, Year = v.Year,
                Amount = v.RedeemedAmount ?? 0,
            })
            .Concat(linkedFunds.Select(f => new LinkedPayment
            {
                Source = PaymentSource.Fund, Id = f.Id, EnterpriseId = f.EnterpriseId, ItemId = f.PolicyItemId!.Value, Year = f.Year,
                Amount = f.SecuredAmount ?? 0,
            }));
        var linkedPaid = await (from l in linked
                                join e in db.Enterprises on l.EnterpriseId equals e.Id
                                join i in db.BenefitItems on l.ItemId equals i.Id
                                join p in db.Policies on i.PolicyId equals p.Id
                                select new StatRow(new PolicyPayment(l.Source, l.Id, l.EnterpriseId, i.Id, l.Year, l.Amount), e.ParkId, p.Id, i.Type, p.Level))
            .ToListAsync(ct);
        var rows = PolicyPayments.CountOnce([.. payouts, .. linkedPaid], r => r.Payment)
            .Select(r => new { r.Payment.EnterpriseId, r.ParkId, r.PolicyId, r.Payment.ItemId, r.Payment.Year, r.Payment.Amount, r.Type, r.Level }).ToList();
        var year0 = rows.Where(r => r.Year == year).ToList();
        var parkIds = year0.Select(r => r.ParkId).Distinct().ToList();
        var parks = await db.Parks.AsNoTracking().Where(p => parkIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        static PolicyStatRow Row<T>(string key, string? label, IEnumerable<T> group, Func<T, Guid> enterprise, Func<T, decimal> amount) =>
            new(key, label, group.Select(enterprise).Distinct().Count(), group.Count(), Math.Round(group.Sum(amount), 2));

        // The finance desk's own figures: every fund secured and voucher approved that year, linked to an item or not.
        var funds = db.PolicyFundApplications.AsNoTracking().Where(f => f.Year == year && f.Status == FundStatus.Approved);
        var vouchers = db.VoucherApplications.AsNoTracking()
            .Where(v => v.Year == year && (v.Status == VoucherStatus.Approved || v.Status == VoucherStatus.Redeemed));
        if (zoneId is { } zz)
        {
            funds = funds.Where(f => f.ZoneId == zz);
            vouchers = vouchers.Where(v => v.ZoneId == zz);
        }
        var fundRows = await funds.Select(f => new { f.EnterpriseId, Amount = f.SecuredAmount ?? 0 }).ToListAsync(ct);
        var voucherRows = await vouchers.Select(v => new { v.EnterpriseId, Amount = v.ApprovedAmount ?? 0 }).ToListAsync(ct);

        return new PolicyStatistics(year, year0.Select(r => r.PolicyId).Distinct().Count(), year0.Select(r => r.ItemId).Distinct().Count(),
            year0.Select(r => r.EnterpriseId).Distinct().Count(), year0.Count, Math.Round(year0.Sum(r => r.Amount), 2),
            year0.GroupBy(r => r.Level).OrderBy(g => g.Key).Select(g => Row(g.Key.ToString(), null, g, r => r.EnterpriseId, r => r.Amount)).ToList(),
            year0.GroupBy(r => r.Type).OrderBy(g => g.Key).Select(g => Row(g.Key.ToString(), null, g, r => r.EnterpriseId, r => r.Amount)).ToList(),
            year0.GroupBy(r => r.ParkId).Select(g => Row(g.Key.ToString(), parks.GetValueOrDefault(g.Key), g, r => r.EnterpriseId, r => r.Amount))
                .OrderByDescending(r => r.Amount).ThenBy(r => r.Label, StringComparer.Ordinal).ToList(),
            rows.GroupBy(r => r.Year).OrderBy(g => g.Key)
                .Select(g => Row(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), null, g, r => r.EnterpriseId, r => r.Amount)).ToList(),
            fundRows.Select(f => f.EnterpriseId).Distinct().Count(), fundRows.Sum(f => f.Amount),
            voucherRows.Select(v => v.EnterpriseId).Distinct().Count(), voucherRows.Sum(v => v.Amount));
    }
}

/// <summary>惠企政策兑现 in the annual report: what was paid in the year, by policy level and benefit type.</summary>
public sealed class PolicyReportSection : IReportSection
{
    public int Order => 60;

    public async Task<ReportSection?> BuildAsync(AppDbContext db, ReportContext c, CancellationToken ct)
    {
        var s = await PolicyStatisticsQuery.ComputeAsync(db, c.ZoneId, c.Year, ct);
        if (s.Payments == 0 && s.FundsSecured == 0 && s.VouchersApproved == 0) return null;
        var money = Text.Get("unit.tenThousandYuan");
        var types = s.ByType.Select(r => Text.Get($"report.benefitType.{r.Key}")).ToList();
        return new ReportSection("policies", Text.Get("report.policies"),
        [
            new(Text.Get("report.policiesCarriedOut"), s.Items, Text.Get("unit.items"), Link: "/policies/statistics"),
            new(Text.Get("report.policiesBenefited"), s.Enterprises, Text.Get("unit.companies")),
            new(Text.Get("report.policiesPaid"), s.Paid, money),
            .. s.ByType.Where(r => r.Key == nameof(BenefitType.TaxRelief)).SelectMany(r => new ReportFigure[]
            {
                new(Text.Get("report.policiesTaxEnterprises"), r.Enterprises, Text.Get("unit.companies")),
                new(Text.Get("report.policiesTaxAmount"), r.Amount, money),
            }),
            new(Text.Get("report.policiesFunds"), s.FundsSecured, money),
            new(Text.Get("report.policiesVouchers"), s.VouchersApproved, money),
        ],
        new ReportTable([Text.Get("report.policiesType"), Text.Get("report.policiesBenefited"), Text.Get("report.policiesPayments"), money],
            s.ByType.Select((r, i) => (IReadOnlyList<object?>)[types[i], r.Enterprises, r.Payments, r.Amount]).ToList()),
        new ReportChart("bar", Text.Get("report.policiesPaid"), types, [new(money, s.ByType.Select(r => (decimal?)r.Amount).ToList())]));
    }
}
