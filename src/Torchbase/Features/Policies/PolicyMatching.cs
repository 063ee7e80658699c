using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Policies;
using Torchbase.Features.Cultivation;
using Torchbase.Localization;

namespace Torchbase.Features.Policies;

/// <summary>An enterprise as a benefit sees it: the cultivation facts plus chain, library membership, what it declared and received.</summary>
public sealed record MatchedEnterprise(EvaluatedEnterprise Enterprise, string Chain, bool InLibrary);

/// <summary>Loads the facts the benefits read (through the cultivation loader, no N+1) and evaluates items against them.</summary>
public static class PolicyMatching
{
    public static async Task<List<MatchedEnterprise>> LoadAsync(AppDbContext db, IQueryable<Enterprise> enterprises, DateOnly asOf, CancellationToken ct)
    {
        var loaded = await CultivationFacts.LoadAsync(db, enterprises, asOf, ct);
        var ids = loaded.Select(e => e.Id).ToList();
        var library = new HashSet<Guid>();
        // The industry chain comes with the facts' own query; only the library membership is read here.
        foreach (var chunk in ids.Chunk(500))
            library.UnionWith(await db.CultivationEntries.AsNoTracking()
                .Where(c => chunk.Contains(c.EnterpriseId) && (c.Status == CultivationStatus.Cultivating || c.Status == CultivationStatus.Applied))
                .Select(c => c.EnterpriseId).ToListAsync(ct));
        return loaded.Select(e => new MatchedEnterprise(e, e.Chain, library.Contains(e.Id))).ToList();
    }

    /// <summary>Paid so far per enterprise for one item (against the per-enterprise limit).</summary>
    public static async Task<Dictionary<Guid, decimal>> ReceivedAsync(AppDbContext db, Guid itemId, CancellationToken ct) =>
        (await db.BenefitApplications.AsNoTracking().Where(a => a.ItemId == itemId && a.Status == ApplicationStatus.Paid)
            .Select(a => new { a.EnterpriseId, a.PaidAmount }).ToListAsync(ct))
        .GroupBy(a => a.EnterpriseId).ToDictionary(g => g.Key, g => g.Sum(a => a.PaidAmount ?? 0));

    public static BenefitEvaluation Evaluate(BenefitItem item, MatchedEnterprise e, IEnumerable<int>? declared = null, decimal received = 0) =>
        BenefitEvaluator.Evaluate(item, Facts(e, declared, received));

    public static BenefitFacts Facts(MatchedEnterprise e, IEnumerable<int>? declared = null, decimal received = 0) =>
        new(e.Enterprise.Facts, e.Enterprise.ParkId, e.Chain, e.InLibrary, declared?.ToHashSet(), received);

    public static IReadOnlyList<ConditionView> Explain(BenefitItem item, BenefitEvaluation evaluation) =>
        item.Conditions.Select((c, i) =>
        {
            var r = evaluation.Conditions[i];
            return new ConditionView(i, c.Kind, r.Status, Reason(c, r), r.Actual, r.Required, r.Gap, r.GapUnit);
        }).ToList();

    /// <summary>The condition and its verdict in words: "上年研发费用不低于 500 万元：未满足（实际 420 万元，还差 80 万元）".</summary>
    public static string Reason(BenefitCondition c, CriterionResult r)
    {
        var figure = c.Figure is { } f ? Text.Get($"policy.figure.{f}") : "";
        var title = c.Title is { } t ? Text.Get($"tier.{t}") : "";
        var condition = c.Kind switch
        {
            ConditionKind.TitleHeld => Text.Get("policy.cond.TitleHeld", title),
            ConditionKind.TitleGranted => Text.Get("policy.cond.TitleGranted", title, Day(c.From), Day(c.To)),
            ConditionKind.FigureAtLeast => Text.Get("policy.cond.FigureAtLeast", figure, Figure(c.Value, c.Figure)),
            ConditionKind.FigureAtMost => Text.Get("policy.cond.FigureAtMost", figure, Figure(c.Value, c.Figure)),
            ConditionKind.GrowthAtLeast => Text.Get("policy.cond.GrowthAtLeast", figure, Percent(c.Value)),
            ConditionKind.InPark => Text.Get("policy.cond.InPark"),
            ConditionKind.InChain => Text.Get("policy.cond.InChain", c.Chain ?? ""),
            ConditionKind.InLibrary => Text.Get("policy.cond.InLibrary"),
            ConditionKind.AboveSize or ConditionKind.BecameAboveSize => Text.Get($"policy.cond.{c.Kind}", SizeYear(c), SizeClassName(c.SizeClass)),
            _ => Text.Get("policy.cond.Declaration", c.Text ?? ""),
        };
        var detail = "";
        if (r.Actual is { } actual)
            detail = Text.Get("policy.actual", r.Unit == Checks.Ratio ? Percent(actual) : Figure(actual, c.Figure));
        if (r.Gap is { } gap && r.Status == CriterionStatus.NotMet)
            detail += Text.Get("policy.gap", r.GapUnit == Checks.Ratio ? Percent(gap) : Figure(gap, c.Figure));
        var status = c.Kind == ConditionKind.Declaration && r.Status == CriterionStatus.Met ? Text.Get("policy.status.Declared")
            : Text.Get($"policy.status.{r.Status}");
        return Text.Get("policy.reason", condition, status, detail.Length == 0 ? "" : Text.Get("policy.detail", detail.TrimStart('，', ',', ' ')));
    }

    /// <summary>How the amount was computed, in words: "研发费用增量 2000 万元 × 10% = 200 万元，封顶 100 万元".</summary>
    public static string? ExplainAmount(BenefitItem item, AmountExplanation? a)
    {
        if (a is null) return Text.Get("policy.amount.missing");
        var figure = item.Rule.Figure is { } f ? Text.Get($"policy.figure.{f}") : "";
        var text = a.Kind switch
        {
            AmountRuleKind.Fixed => Text.Get("policy.amount.Fixed", Money(a.Computed)),
            AmountRuleKind.Share => Text.Get("policy.amount.Share", figure, Money(a.Base ?? 0), Percent(a.Rate), Money(a.Computed)),
            AmountRuleKind.GrowthShare => Text.Get("policy.amount.GrowthShare", figure, Money(a.Base ?? 0), Percent(a.Rate), Money(a.Computed)),
            _ => a.Tier is { } tier ? Text.Get("policy.amount.Tier", figure, Money(a.Base ?? 0), Money(item.Rule.Tiers![tier].From), Money(a.Computed))
                : Text.Get("policy.amount.NoTier", figure, Money(a.Base ?? 0)),
        };
        if (a.Capped) text += Text.Get("policy.amount.capped", Money(a.Cap!.Value));
        if (a.Limited) text += Text.Get("policy.amount.limited", Money(a.LimitLeft!.Value));
        return text;
    }

    private static string SizeYear(BenefitCondition c) =>
        c.Year is { } y ? Text.Get("policy.cond.year", y.ToString(CultureInfo.InvariantCulture)) : Text.Get("policy.cond.lastYear");

    /// <summary>The sector's name as the size rules give it ("规模以上工业"), or nothing for any sector.</summary>
    private static string SizeClassName(string? code) =>
        AboveDesignatedSize.Versions.SelectMany(v => v.Classes).FirstOrDefault(x => x.Code == code) is { } c
            ? Text.Get("policy.cond.sizeClass", Text.IsChinese ? c.Name : c.NameEn) : "";

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Percent(decimal? v) => v is { } x ? (x * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "";

    private static string Money(decimal v) => Text.Get("policy.money", v.ToString("0.##", CultureInfo.InvariantCulture));

    private static string Figure(decimal? v, ReportFigure? figure) => v is not { } x ? ""
        : figure is ReportFigure.Employees or ReportFigure.TechStaff ? Text.Get("policy.people", x.ToString("0.##", CultureInfo.InvariantCulture)) : Money(x);
}
