using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Policies;

/// <summary>A yearly-report figure a condition or an amount rule reads (money in 万元, people as counted).</summary>
public enum ReportFigure { Revenue, MainBusinessRevenue, HighTechRevenue, RdExpense, NetProfit, Taxes, Employees, TechStaff }

/// <summary>
/// What a condition checks: a title held on the day; a title newly granted between two dates; last year's figure at least / at most
/// a value; its growth over the year before at least a share; the enterprise's park; its industry chain; membership of the
/// cultivation library (培育库); a declaration the enterprise makes and the reviewer confirms (what the platform cannot check); 规上 in
/// a report year (AboveSize); or 上规入统 in a report year (BecameAboveSize: above that year, not the year before).
/// </summary>
public enum ConditionKind
{
    TitleHeld, TitleGranted, FigureAtLeast, FigureAtMost, GrowthAtLeast, InPark, InChain, InLibrary, Declaration, AboveSize, BecameAboveSize,
}

/// <summary>
/// One eligibility condition, as data. Which fields matter depends on <see cref="Kind"/>: Title (+ From/To for TitleGranted),
/// Figure + Value (growth as a fraction: 0.2 = 20%), ParkId, Chain, or Text (the declaration's wording). The size conditions read
/// Year (the report year; null: the last completed year) and SizeClass (a class code of the size rules, e.g. "industry" for 规上工业;
/// null: any sector).
/// </summary>
public sealed record BenefitCondition(
    ConditionKind Kind,
    QualificationType? Title = null,
    ReportFigure? Figure = null,
    decimal? Value = null,
    DateOnly? From = null,
    DateOnly? To = null,
    Guid? ParkId = null,
    string? Chain = null,
    string? Text = null,
    int? Year = null,
    string? SizeClass = null)
{
    /// <summary>The report year a size condition reads: the one named, or the last completed year.</summary>
    public int SizeYear(int lastYear) => Year ?? lastYear;

    /// <summary>What is wrong with the condition as data (a field's name and the error's key), or null when it can be evaluated.</summary>
    public (string Field, string Error)? Problem() => Kind switch
    {
        ConditionKind.TitleHeld when Title is null => ("title", "required"),
        ConditionKind.TitleGranted when Title is null => ("title", "required"),
        ConditionKind.TitleGranted when From is null || To is null => ("from", "required"),
        ConditionKind.TitleGranted when To < From => ("to", "to_before_from"),
        ConditionKind.FigureAtLeast or ConditionKind.FigureAtMost or ConditionKind.GrowthAtLeast when Figure is null => ("figure", "required"),
        ConditionKind.FigureAtLeast or ConditionKind.FigureAtMost or ConditionKind.GrowthAtLeast when Value is null => ("value", "required"),
        ConditionKind.FigureAtLeast or ConditionKind.FigureAtMost when Value < 0 => ("value", "not_negative"),
        ConditionKind.InPark when ParkId is null => ("parkId", "required"),
        ConditionKind.InChain when string.IsNullOrWhiteSpace(Chain) => ("chain", "required"),
        ConditionKind.Declaration when string.IsNullOrWhiteSpace(Text) => ("text", "required"),
        ConditionKind.AboveSize or ConditionKind.BecameAboveSize when Year is { } y && AboveDesignatedSize.InForce(y) is null => ("year", "no_size_rules"),
        ConditionKind.AboveSize or ConditionKind.BecameAboveSize when SizeClass is { } sc
            && !AboveDesignatedSize.Versions.Any(v => v.Classes.Any(c => c.Code == sc)) => ("sizeClass", "unknown_size_class"),
        _ => null,
    };
}

public static class Figures
{
    public static decimal? Read(AnnualReport? r, ReportFigure figure) => r is null ? null : figure switch
    {
        ReportFigure.Revenue => r.Revenue,
        ReportFigure.MainBusinessRevenue => r.MainBusinessRevenue,
        ReportFigure.HighTechRevenue => r.HighTechRevenue,
        ReportFigure.RdExpense => r.RdExpense,
        ReportFigure.NetProfit => r.NetProfit,
        ReportFigure.Taxes => r.Taxes,
        ReportFigure.Employees => r.Employees,
        ReportFigure.TechStaff => r.TechStaff,
        _ => null,
    };

    /// <summary>The unit a figure is counted in, as the cultivation checks name it.</summary>
    public static string Unit(ReportFigure figure) => figure is ReportFigure.Employees or ReportFigure.TechStaff ? "people" : "wan";
}
