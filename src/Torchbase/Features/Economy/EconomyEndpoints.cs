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

        group.MapGet("/indicators", () => TypedResults.Ok(IndicatorCatalogue.Default));

        group.MapGet("/sheet", async Task<Results<Ok<EconomySheet>, ProblemHttpResult>>
            ([AsParameters] SheetQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (await ZoneSelection.ResolveAsync(db, q.ZoneId, ct) is not { } zone) return Problems.NotFound();
            var (year, month) = await PeriodAsync(db, zone, q, clock, ct);
            return TypedResults.Ok(await EconomyQueries.SheetAsync(db, zone, year, month, ct));
        });

        group.MapGet("/sheet/export", async Task<IResult> ([AsParameters] SheetQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (await ZoneSelection.ResolveAsync(db, q.ZoneId, ct) is not { } zone) return Problems.NotFound();
            var (year, month) = await PeriodAsync(db, zone, q, clock, ct);
            var sheet = await EconomyQueries.SheetAsync(db, zone, year, month, ct);
            return Export.Xlsx($"主要经济指标{year}年1-{month}月",
                ["指标", "单位", $"1-{month}月", "上年同期", "同比增长(%)", "年度目标", "目标增速(%)", "完成率(%)", "序时进度(%)"],
                sheet.Rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.Unit, r.Value, r.PreviousValue, r.GrowthPercent, r.TargetValue,
                    r.TargetGrowthPercent, r.CompletionPercent,
                    r.TargetValue is null ? null : sheet.TimeElapsedPercent]), clock);
        });

        group.MapGet("/trend/{code}", async Task<Results<Ok<IReadOnlyList<TrendPoint>>, ProblemHttpResult>>
            (string code, Guid? zoneId, int? year, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (IndicatorCatalogue.Default.Find(code) is not { } indicator) return Problems.NotFound();
            if (await ZoneSelection.ResolveAsync(db, zoneId, ct) is not { } zone) return Problems.NotFound();
            return TypedResults.Ok(await EconomyQueries.TrendAsync(db, zone, indicator, year ?? clock.Today().Year, 3, ct));
        });

        group.MapGet("/compare/{code}", async Task<Results<Ok<ZoneComparison>, ProblemHttpResult>>
            (string code, int? year, int? month, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (IndicatorCatalogue.Default.Find(code) is not { } indicator) return Problems.NotFound();
            var (y, m) = DefaultPeriod(clock, year, month);
            return TypedResults.Ok(await EconomyQueries.CompareAsync(db, indicator, y, m, ct));
        });

        var write = group.MapGroup("").RequireAuthorization(Permissions.EconomyWrite);
        EconomyImportEndpoints.Map(write);

        write.MapPut("/figures", async Task<Results<Ok<EconomySheet>, ValidationProblem, ProblemHttpResult>>
            (FiguresInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = EconomyValidation.Figures(input, clock.Today());
            if (errors.Any) return Problems.Validation(errors);
            if (await ZoneSelection.ResolveAsync(db, input.ZoneId, ct) is not { } zone) return Problems.Of(StatusCodes.Status404NotFound, "unknown_zone");
            int year = input.Year!.Value, month = input.Month!.Value;
            var codes = input.Figures!.Select(f => f.Code!).ToList();
            var existing = await db.EconomicFigures.Where(f => f.ZoneId == zone && f.Year == year && f.Month == month
                && codes.Contains(f.IndicatorCode)).ToListAsync(ct);
            foreach (var figure in input.Figures!)
            {
                var row = existing.FirstOrDefault(f => f.IndicatorCode == figure.Code);
                if (row is null)
                {
                    db.EconomicFigures.Add(new EconomicFigure { Id = Guid.CreateVersion7(), ZoneId = zone, IndicatorCode = figure.Code!, Year = year,
                        Month = month, Value = figure.Value });
                    continue;
                }
                if (row.Value == figure.Value) continue;
                db.ExpectVersion(row, figure.Version ?? -1);
                row.Value = figure.Value;
            }
            return await db.SaveOrConflictAsync(async () => await EconomyQueries.SheetAsync(db, zone, year, month, ct), ct);
        });

        write.MapPut("/targets", async Task<Results<Ok<EconomySheet>, ValidationProblem, ProblemHttpResult>>
            (TargetsInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = EconomyValidation.Targets(input, clock.Today());
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
            var month = DefaultPeriod(clock, year, null).Month;
            return await db.SaveOrConflictAsync(async () => await EconomyQueries.SheetAsync(db, zone, year, month, ct), ct);
        });
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
