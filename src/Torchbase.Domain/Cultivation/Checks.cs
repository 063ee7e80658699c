using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Cultivation;

/// <summary>Small builders for criteria: each says met / not met / missing and, when not met, by how much.</summary>
public static class Checks
{
    public const string Ratio = "ratio", Wan = "wan", Count = "count", Years = "years", People = "people", Points = "points";

    public static decimal? Share(decimal? part, decimal? whole) => part is { } p && whole is { } w && w > 0 ? p / w : null;

    /// <summary>A ratio that must reach <paramref name="required"/>; the gap is the missing amount of the numerator.</summary>
    public static CriterionResult RatioAtLeast(string key, decimal? part, decimal? whole, decimal required, string gapUnit)
    {
        if (part is not { } p || whole is not { } w) return new(key, CriterionStatus.Missing, Ratio, Required: required);
        if (w <= 0) return new(key, CriterionStatus.NotMet, Ratio, 0, required);
        var actual = p / w;
        if (actual >= required) return new(key, CriterionStatus.Met, Ratio, actual, required);
        var gap = required * w - p;
        if (gapUnit == People) gap = Math.Ceiling(gap);
        return new(key, CriterionStatus.NotMet, Ratio, actual, required, Gap: gap, GapUnit: gapUnit);
    }

    /// <summary>A ratio that must not exceed <paramref name="limit"/> (e.g. 资产负债率不超过 70%).</summary>
    public static CriterionResult RatioAtMost(string key, decimal? part, decimal? whole, decimal limit)
    {
        if (part is not { } p || whole is not { } w) return new(key, CriterionStatus.Missing, Ratio, Required: limit, IsLimit: true);
        if (w <= 0) return new(key, CriterionStatus.NotMet, Ratio, null, limit, IsLimit: true);
        var actual = p / w;
        return actual <= limit ? new(key, CriterionStatus.Met, Ratio, actual, limit, IsLimit: true)
            : new(key, CriterionStatus.NotMet, Ratio, actual, limit, Gap: actual - limit, GapUnit: Ratio, IsLimit: true);
    }

    public static CriterionResult AtLeast(string key, decimal? actual, decimal required, string unit) =>
        actual is not { } a ? new(key, CriterionStatus.Missing, unit, Required: required)
        : a >= required ? new(key, CriterionStatus.Met, unit, a, required)
        : new(key, CriterionStatus.NotMet, unit, a, required, Gap: required - a, GapUnit: unit);

    /// <summary>A figure that must not exceed <paramref name="limit"/>; the gap is how far it is over.</summary>
    public static CriterionResult AtMost(string key, decimal? actual, decimal limit, string unit) =>
        actual is not { } a ? new(key, CriterionStatus.Missing, unit, Required: limit, IsLimit: true)
        : a <= limit ? new(key, CriterionStatus.Met, unit, a, limit, IsLimit: true)
        : new(key, CriterionStatus.NotMet, unit, a, limit, Gap: a - limit, GapUnit: unit, IsLimit: true);

    /// <summary>A declared fact: unknown until someone declares it.</summary>
    public static CriterionResult Declared(string key, bool? value) =>
        new(key, value switch { true => CriterionStatus.Met, false => CriterionStatus.NotMet, null => CriterionStatus.Unknown });

    /// <summary>A declared figure nobody gave is unknown, not missing from a report.</summary>
    public static CriterionResult Undeclared(CriterionResult c) => c.Status == CriterionStatus.Missing ? c with { Status = CriterionStatus.Unknown } : c;

    /// <summary>
    /// 规上 in a year by the sector's rule: met when above; not met when below (the gap is what the figure lacks), out of scope, or
    /// of another sector than <paramref name="sizeClass"/> (a rule-file class code, e.g. "industry"; null: any sector); missing
    /// when the report, the figure, the industry code or (建筑业, 房地产开发) the report's declaration is not there.
    /// </summary>
    public static CriterionResult AboveSize(string key, SizeResult size, string? sizeClass = null)
    {
        var unit = size.Class?.Figure is null ? "" : Wan;
        // Another sector, or none, is not "short" of anything: no figures, so that it never reads as nearly qualifying.
        if (size.Class is { } c && sizeClass is not null && c.Code != sizeClass) return new(key, CriterionStatus.NotMet, unit);
        return size.Verdict switch
        {
            SizeVerdict.Above => new(key, CriterionStatus.Met, unit, size.Figure, size.Class?.ThresholdWan),
            SizeVerdict.Below when size.Figure is { } f && size.Class?.ThresholdWan is { } t =>
                new(key, CriterionStatus.NotMet, unit, f, t, Gap: t - f, GapUnit: Wan),
            SizeVerdict.Below or SizeVerdict.OutOfScope => new(key, CriterionStatus.NotMet, unit),
            _ => new(key, CriterionStatus.Missing, unit, Required: size.Class?.ThresholdWan),
        };
    }

    /// <summary>
    /// 上规入统 in a year: above the size that year and not the year before. A year before without a report cannot tell (missing),
    /// nor can a year whose own verdict is open; above in both years is not met (it entered earlier).
    /// </summary>
    public static CriterionResult BecameAboveSize(string key, SizeResult year, SizeResult before, string? sizeClass = null)
    {
        var now = AboveSize(key, year, sizeClass);
        if (now.Status != CriterionStatus.Met) return now;
        return before.Verdict switch
        {
            // Above the year before too: it entered earlier, which is not a shortfall (no requirement to be near).
            SizeVerdict.Above => now with { Status = CriterionStatus.NotMet, Required = null },
            SizeVerdict.Below or SizeVerdict.OutOfScope => now,
            _ => now with { Status = CriterionStatus.Missing },
        };
    }

    public static CriterionResult Holds(string key, bool held) => new(key, held ? CriterionStatus.Met : CriterionStatus.NotMet);

    /// <summary>A scored item: its points are [low, high]; a range wider than a band means something is not known yet.</summary>
    public static CriterionResult Item(string key, string group, decimal low, decimal high, decimal max, CriterionStatus whenOpen = CriterionStatus.Unknown,
        decimal? actual = null, string unit = Points) =>
        new(key, low == high || whenOpen == CriterionStatus.Met ? CriterionStatus.Met : whenOpen, unit, actual, Points: low, PointsMax: high, MaxPoints: max,
            Group: group);

    public static CriterionResult BandItem(string key, string group, IReadOnlyList<Band> table, decimal? value, decimal max, string unit)
    {
        if (value is not { } v) return Item(key, group, 0, max, max, CriterionStatus.Missing, unit: unit);
        var band = table.Find(v);
        return Item(key, group, band.Points, band.High, max, CriterionStatus.Met, v, unit);
    }

    /// <summary>
    /// The total of scored items against the pass mark: met when even the low end passes, not met when even the high end fails.
    /// <paramref name="above"/>: the total must exceed the mark (高企: 70分以上（不含70分）); items are whole points, so one more point is the gap.
    /// </summary>
    public static CriterionResult Score(string key, IEnumerable<CriterionResult> items, decimal pass, decimal? cap = null, bool above = false)
    {
        decimal low = 0, high = 0;
        foreach (var i in items) { low += i.Points ?? 0; high += i.PointsMax ?? i.Points ?? 0; }
        if (cap is { } c) { low = Math.Min(low, c); high = Math.Min(high, c); }
        var open = items.Any(i => i.Status == CriterionStatus.Missing) ? CriterionStatus.Missing : CriterionStatus.Unknown;
        bool Passes(decimal v) => above ? v > pass : v >= pass;
        return Passes(low) ? new(key, CriterionStatus.Met, Points, low, pass, low, high)
            : !Passes(high) ? new(key, CriterionStatus.NotMet, Points, high, pass, low, high, Gap: pass - high + (above ? 1 : 0), GapUnit: Points)
            : new(key, open, Points, low, pass, low, high);
    }

    /// <summary>负债总额, or total assets less net assets when the report gives those instead.</summary>
    public static decimal? Liabilities(AnnualReport? r) =>
        r is null ? null : r.TotalLiabilities ?? (r.TotalAssets is { } ta && r.NetAssets is { } na ? ta - na : null);

    public static decimal? DebtRatio(AnnualReport? r) => Share(Liabilities(r), r?.TotalAssets);

    public static (int Min, bool Complete) ClassOne(AnnualReport? r) => Sum(r?.InventionPatents, r?.OtherClassOneIp);

    public static (int Min, bool Complete) ClassTwo(AnnualReport? r) => Sum(r?.UtilityModels, r?.DesignPatents, r?.SoftwareCopyrights);

    public static decimal? Plus(decimal? a, decimal? b) => a is { } x && b is { } y ? x + y : null;

    /// <summary>Equity financing over the last <paramref name="years"/> years: the reports' yearly figures when all are there, else the declared
    /// total.</summary>
    public static decimal? EquityOver(EnterpriseFacts facts, int years, decimal? declared)
    {
        decimal total = 0;
        for (var y = facts.LastYear - years + 1; y <= facts.LastYear; y++)
        {
            if (facts.Report(y)?.EquityFinancing is not { } v) return declared;
            total += v;
        }
        return total;
    }

    /// <summary>
    /// The MIIT tables' IP item: ≥1 high-value class-I → high; ≥1 self-developed class-I → self; ≥1 class-I → class-I; ≥1 class-II → class-II; none 0.
    /// A split the report does not give leaves the item open between the bands it could reach.
    /// </summary>
    public static CriterionResult IpItem(string key, string group, RuleSet rules, AnnualReport? last, decimal max)
    {
        if (last is null) return Item(key, group, 0, max, max, CriterionStatus.Missing);
        var (high, self, one, two) = (rules.T("ipHighValuePoints"), rules.T("ipSelfDevelopedPoints"), rules.T("ipClassOnePoints"), rules.T("ipClassTwoPoints"));
        var classOne = ClassOne(last);
        var classTwo = ClassTwo(last);
        if (classOne.Min >= 1)
        {
            var (hv, sd) = (last.HighValueClassOneIp, last.SelfDevelopedClassOneIp);
            if (hv >= 1) return Item(key, group, high, high, max, CriterionStatus.Met, classOne.Min, Count);
            var lowPoints = sd >= 1 ? self : one;
            var highPoints = hv == 0 ? (sd is null ? self : lowPoints) : high;
            return Item(key, group, lowPoints, highPoints, max, lowPoints == highPoints ? CriterionStatus.Met : CriterionStatus.Missing, classOne.Min, Count);
        }
        var complete = classOne.Complete && classTwo.Complete;
        var points = classTwo.Min >= 1 ? two : 0;
        return Item(key, group, points, complete ? points : high, max, complete ? CriterionStatus.Met : CriterionStatus.Missing, classTwo.Min, Count);
    }

    /// <summary>Counts that add up several reported figures: the known total, and whether every part was reported.</summary>
    public static (int Min, bool Complete) Sum(params int?[] parts)
    {
        int total = 0; var complete = true;
        foreach (var p in parts) if (p is { } v) total += v; else complete = false;
        return (total, complete);
    }

    /// <summary>The verdict from the deciding conditions: any failure fails; else anything open leaves it open.</summary>
    public static Verdict Decide(IEnumerable<CriterionResult> conditions)
    {
        var open = false;
        foreach (var c in conditions)
        {
            if (c.Group is not null) continue;
            if (c.Status == CriterionStatus.NotMet) return Verdict.DoesNotQualify;
            if (c.Status != CriterionStatus.Met) open = true;
        }
        return open ? Verdict.MissingData : Verdict.Qualifies;
    }

    /// <summary>½·(y2/y1 + y3/y2) − 1, the 高企 guideline's growth rate; null when a year is missing or a base is not positive.</summary>
    public static decimal? GrowthRate(decimal? y1, decimal? y2, decimal? y3) =>
        y1 is { } a && y2 is { } b && y3 is { } c && a > 0 && b > 0 ? (b / a + c / b) / 2 - 1 : null;

    /// <summary>Compound annual growth from <paramref name="first"/> to <paramref name="last"/> over <paramref name="years"/> years.</summary>
    public static decimal? Cagr(decimal? first, decimal? last, int years) =>
        first is { } a && last is { } b && a > 0 && b >= 0 && years > 0 ? (decimal)Math.Pow((double)(b / a), 1.0 / years) - 1 : null;
}
