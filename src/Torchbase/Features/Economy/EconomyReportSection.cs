using Torchbase.Data;
using Torchbase.Features.Reports;
using Torchbase.Localization;

namespace Torchbase.Features.Economy;

/// <summary>主要经济指标 for the year (January to December, or to last month for a year in progress).</summary>
public sealed class EconomyReportSection : IReportSection
{
    public int Order => 5;

    public async Task<ReportSection?> BuildAsync(AppDbContext db, ReportContext c, CancellationToken ct)
    {
        // A closed year to December; the year in progress to the last full month.
        var month = c.AsOf == c.YearEnd ? 12 : Math.Max(1, c.AsOf.Month - 1);
        var sheet = await EconomyQueries.SheetAsync(db, c.ZoneId, c.Year, month, ct);
        if (sheet.Rows.All(r => r.Value is null)) return null;
        return new ReportSection("economy", $"{Text.Get("report.economy")}（1—{month}月）",
            sheet.Rows.Where(r => r.Value is not null).Select(r => new ReportFigure(r.Name, r.Value, r.Unit, r.GrowthPercent, "/economy")).ToList(),
            new ReportTable(["指标", "单位", "本年累计", "上年同期", "同比增长(%)", "年度目标", "完成率(%)"],
                sheet.Rows.Select(r => (IReadOnlyList<object?>)
                    [r.Name, r.Unit, r.Value, r.PreviousValue, r.GrowthPercent, r.TargetValue, r.CompletionPercent]).ToList()),
            new ReportChart("bar", Text.Get("report.economy"), sheet.Rows.Where(r => r.GrowthPercent is not null).Select(r => r.Name).ToList(),
                [new("%", sheet.Rows.Where(r => r.GrowthPercent is not null).Select(r => r.GrowthPercent).ToList())]));
    }
}
