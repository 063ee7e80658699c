namespace Torchbase.Features.Reports;

/// <summary>A headline figure of a section; <see cref="Link"/> is the SPA path of the list behind it.</summary>
public sealed record ReportFigure(string Label, decimal? Value, string Unit, decimal? GrowthPercent = null, string? Link = null);

public sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

public sealed record ReportSeries(string Name, IReadOnlyList<decimal?> Data);

/// <summary>A chart the page draws with ECharts: <see cref="Kind"/> is bar, line or pie.</summary>
public sealed record ReportChart(string Kind, string Title, IReadOnlyList<string> Categories, IReadOnlyList<ReportSeries> Series);

public sealed record ReportSection(string Key, string Title, IReadOnlyList<ReportFigure> Figures, ReportTable? Table = null, ReportChart? Chart = null);

/// <summary>The zone's annual report (年度报告): one section per feature, in order.</summary>
public sealed record YearReport(Guid ZoneId, string ZoneName, int Year, DateOnly AsOf, DateTimeOffset GeneratedAt, IReadOnlyList<ReportSection> Sections);

/// <summary>What a section is built for: the zone, the year, and the day its "in force" figures are read on.</summary>
public sealed record ReportContext(Guid ZoneId, int Year, DateOnly AsOf)
{
    public DateOnly YearStart => new(Year, 1, 1);
    public DateOnly YearEnd => new(Year, 12, 31);
    public DateOnly PreviousAsOf => AsOf.AddYears(-1);
}

/// <summary>
/// A feature's part of the annual report. Found by reflection (like the demo modules): a feature adds a class and the
/// report, its page and its workbook gain a section.
/// </summary>
public interface IReportSection
{
    int Order { get; }

    /// <returns>Null when the feature has nothing for that zone and year.</returns>
    Task<ReportSection?> BuildAsync(Data.AppDbContext db, ReportContext context, CancellationToken ct);
}

/// <summary>How the report writes amounts.</summary>
public static class ReportAmounts
{
    /// <summary>万元 as 亿元 to two places (45.6 亿元, 82.01 亿元), as the source reports give investment and signed amounts.</summary>
    public static decimal Yi(decimal wan) => Math.Round(wan / 10_000m, 2);
}
