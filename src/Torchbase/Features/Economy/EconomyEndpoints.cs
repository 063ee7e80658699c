using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Economy;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Economy;

/// <summary>Economic indicators of a zone (主要经济指标): monthly cumulative figures, annual targets, growth, pace and zone rankings.</summary>
public static class EconomyEndpoints
{
    public static void MapEconomyEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/economy").WithTags("Economy").RequireAuthorization(Permissions.EconomyRead);
        var write = group.MapGroup("").RequireAuthorization(Permissions.EconomyWrite);

        group.MapGet("/indicators", ListEconomicIndicators)
            .WithName(nameof(ListEconomicIndicators))
            .WithSummary("The catalogue of economic indicators: codes, names, units, which are entered and which derived");
        group.MapGet("/sheet", GetEconomySheet)
            .WithName(nameof(GetEconomySheet))
            .WithSummary("A zone's indicator sheet for a month (its latest period by default): figures, growth, targets and pace");
        group.MapGet("/sheet/export", ExportEconomySheet)
            .WithName(nameof(ExportEconomySheet))
            .WithSummary("The indicator sheet as an Excel workbook");
        group.MapGet("/trend/{code}", GetIndicatorTrend)
            .WithName(nameof(GetIndicatorTrend))
            .WithSummary("One indicator of a zone month by month over three years");
        group.MapGet("/compare/{code}", CompareZones)
            .WithName(nameof(CompareZones))
            .WithSummary("One indicator of every zone the caller sees, side by side and ranked");

        EconomyImportEndpoints.Map(write);
        write.MapPut("/figures", SaveEconomicFigures)
            .WithName(nameof(SaveEconomicFigures))
            .WithSummary("Enter or correct a zone's figures for a month (409 when someone saved a figure first)");
        write.MapPut("/targets", SaveEconomicTargets)
            .WithName(nameof(SaveEconomicTargets))
            .WithSummary("Set a zone's annual targets (value or growth) for its indicators");
    }

    public static Ok<EconomicIndicatorSet> ListEconomicIndicators() => TypedResults.Ok(IndicatorCatalogue.Default);

    public static async Task<Results<Ok<EconomySheet>, ProblemHttpResult>> GetEconomySheet([AsParameters] SheetQuery q, [AsParameters] ApiServices api)
    {
        if (await ZoneSelection.ResolveAsync(api.Db, q.ZoneId, api.Ct) is not { } zone) return Problems.NotFound();
        var (year, month) = await PeriodAsync(api.Db, zone, q, api.Clock, api.Ct);
        return TypedResults.Ok(await EconomyQueries.SheetAsync(api.Db, zone, year, month, api.Ct));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportEconomySheet(
        [AsParameters] SheetQuery q, [AsParameters] ApiServices api)
    {
        if (await ZoneSelection.ResolveAsync(api.Db, q.ZoneId, api.Ct) is not { } zone) return Problems.NotFound();
        var (year, month) = await PeriodAsync(api.Db, zone, q, api.Clock, api.Ct);
        var sheet = await EconomyQueries.SheetAsync(api.Db, zone, year, month, api.Ct);
        return Export.Xlsx($"主要经济指标{year}年1-{month}月",
            ["指标", "单位", $"1-{month}月", "上年同期", "同比增长(%)", "年度目标", "目标增速(%)", "完成率(%)", "序时进度(%)"],
            sheet.Rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.Unit, r.Value, r.PreviousValue, r.GrowthPercent, r.TargetValue,
                r.TargetGrowthPercent, r.CompletionPercent, r.TargetValue is null ? null : sheet.TimeElapsedPercent]), api.Clock);
    }

    public static async Task<Results<Ok<IReadOnlyList<TrendPoint>>, ProblemHttpResult>> GetIndicatorTrend(
        string code, Guid? zoneId, int? year, [AsParameters] ApiServices api)
    {
        if (IndicatorCatalogue.Default.Find(code) is not { } indicator) return Problems.NotFound();
        if (await ZoneSelection.ResolveAsync(api.Db, zoneId, api.Ct) is not { } zone) return Problems.NotFound();
        return TypedResults.Ok(await EconomyQueries.TrendAsync(api.Db, zone, indicator, year ?? api.Clock.Today().Year, 3, api.Ct));
    }

    public static async Task<Results<Ok<ZoneComparison>, ProblemHttpResult>> CompareZones(string code, int? year, int? month, [AsParameters] ApiServices api)
    {
        if (IndicatorCatalogue.Default.Find(code) is not { } indicator) return Problems.NotFound();
        var (y, m) = DefaultPeriod(api.Clock, year, month);
        return TypedResults.Ok(await EconomyQueries.CompareAsync(api.Db, indicator, y, m, api.Ct));
    }

    public static async Task<Results<Ok<EconomySheet>, ValidationProblem, ProblemHttpResult>> SaveEconomicFigures(
        FiguresInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var errors = EconomyValidation.Figures(input, api.Clock.Today());
        if (errors.Any) return Problems.Validation(errors);
        if (await ZoneSelection.ResolveAsync(db, input.ZoneId, ct) is not { } zone) return Problems.Of(StatusCodes.Status404NotFound, "unknown_zone");
        int year = input.Year!.Value, month = input.Month!.Value;
        var codes = input.Figures!.Select(f => f.Code!).ToList();
        var existing = await db.EconomicFigures
            .Where(f => f.ZoneId == zone && f.Year == year && f.Month == month && codes.Contains(f.IndicatorCode)).ToListAsync(ct);
        foreach (var figure in input.Figures!)
        {
            var row = existing.FirstOrDefault(f => f.IndicatorCode == figure.Code);
            if (row is null)
            {
                db.EconomicFigures.Add(new EconomicFigure
                {
                    Id = Guid.CreateVersion7(), ZoneId = zone, IndicatorCode = figure.Code!, Year = year, Month = month, Value = figure.Value,
                });
                continue;
            }
            if (row.Value == figure.Value) continue;
            db.ExpectVersion(row, figure.Version ?? -1);
            row.Value = figure.Value;
        }
        return await db.SaveOrConflictAsync(async () => await EconomyQueries.SheetAsync(db, zone, year, month, ct), ct);
    }

    public static async Task<Results<Ok<EconomySheet>, ValidationProblem, ProblemHttpResult>> SaveEconomicTargets(
        TargetsInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var errors = EconomyValidation.Targets(input, api.Clock.Today());
        if (errors.Any) return Problems.Validation(errors);
        if (await ZoneSelection.ResolveAsync(db, input.ZoneId, ct) is not { } zone) return Problems.Of(StatusCodes.Status404NotFound, "unknown_zone");
        var year = input.Year!.Value;
        var existing = await db.EconomicTargets.Where(t => t.ZoneId == zone && t.Year == year).ToListAsync(ct);
        foreach (var target in input.Targets!)
        {
            var row = existing.FirstOrDefault(t => t.IndicatorCode == target.Code);
            if (row is null)
            {
                db.EconomicTargets.Add(new EconomicTarget
                {
                    Id = Guid.CreateVersion7(), ZoneId = zone, IndicatorCode = target.Code!, Year = year,
                    TargetValue = target.TargetValue, TargetGrowthPercent = target.TargetGrowthPercent,
                });
                continue;
            }
            if (row.TargetValue == target.TargetValue && row.TargetGrowthPercent == target.TargetGrowthPercent) continue;
            db.ExpectVersion(row, target.Version ?? -1);
            row.TargetValue = target.TargetValue;
            row.TargetGrowthPercent = target.TargetGrowthPercent;
        }
        var month = DefaultPeriod(api.Clock, year, null).Month;
        return await db.SaveOrConflictAsync(async () => await EconomyQueries.SheetAsync(db, zone, year, month, ct), ct);
    }

    /// <summary>The period asked for; else the zone's latest period with figures; else last month.</summary>
    private static async Task<(int Year, int Month)> PeriodAsync(AppDbContext db, Guid zone, SheetQuery q, TimeProvider clock, CancellationToken ct)
    {
        if (q.Year is not null && q.Month is not null) return DefaultPeriod(clock, q.Year, q.Month);
        var latest = await db.EconomicFigures.AsNoTracking().Where(f => f.ZoneId == zone && f.Value != null && (q.Year == null || f.Year == q.Year))
            .OrderByDescending(f => f.Year).ThenByDescending(f => f.Month).Select(f => new { f.Year, f.Month }).FirstOrDefaultAsync(ct);
        return latest is null ? DefaultPeriod(clock, q.Year, q.Month) : (latest.Year, q.Month ?? latest.Month);
    }

    /// <summary>The period asked for, completed with last month's (or December of an earlier year).</summary>
    internal static (int Year, int Month) DefaultPeriod(TimeProvider clock, int? year, int? month)
    {
        var lastMonth = clock.Today().AddMonths(-1);
        var y = year ?? lastMonth.Year;
        var m = Math.Clamp(month ?? (y == lastMonth.Year ? lastMonth.Month : 12), 1, 12);
        return (y, m);
    }
}
