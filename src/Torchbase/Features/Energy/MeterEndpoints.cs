using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Domain.Energy;
using Torchbase.Features.Carriers;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Energy;

/// <summary>Energy metering (能耗): meters of the parks and buildings, their readings, consumption and savings against a baseline.</summary>
public static class MeterEndpoints
{
    private static readonly Dictionary<string, Expression<Func<Meter, object?>>> SortKeys = new()
    {
        ["code"] = m => m.Code, ["name"] = m => m.Name, ["kind"] = m => m.Kind, ["purpose"] = m => m.Purpose, ["park"] = m => m.ParkId,
    };

    public static void MapEnergyEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/energy").WithTags("Energy").RequireAuthorization(Permissions.EnergyRead);

        group.MapGet("/meters", ListMeters)
            .WithName(nameof(ListMeters))
            .WithSummary("Meters in the caller's scope, filtered, sorted and paged, with their last reading");
        group.MapGet("/meters/export", ExportMeters)
            .WithName(nameof(ExportMeters))
            .WithSummary("The filtered meters as an Excel workbook");
        group.MapGet("/meters/{id:guid}", GetMeter)
            .WithName(nameof(GetMeter))
            .WithSummary("One meter");
        group.MapPost("/meters", CreateMeter)
            .WithName(nameof(CreateMeter))
            .WithSummary("Add a meter to a park or one of its buildings")
            .RequireAuthorization(Permissions.EnergyWrite);
        group.MapPut("/meters/{id:guid}", UpdateMeter)
            .WithName(nameof(UpdateMeter))
            .WithSummary("Edit a meter, its baseline included")
            .RequireAuthorization(Permissions.EnergyWrite);
        group.MapDelete("/meters/{id:guid}", DeleteMeter)
            .WithName(nameof(DeleteMeter))
            .WithSummary("Remove a meter that has no readings")
            .RequireAuthorization(Permissions.EnergyWrite);
        group.MapGet("/meters/{id:guid}/readings", ListReadings)
            .WithName(nameof(ListReadings))
            .WithSummary("A meter's readings, newest first, paged")
            .RequireAuthorization(Permissions.EnergyRead);
        group.MapPost("/meters/{id:guid}/readings", AddReading)
            .WithName(nameof(AddReading))
            .WithSummary("Enter a reading by hand; the same reading again is a duplicate, stored once")
            .RequireAuthorization(Permissions.EnergyWrite);
        group.MapGet("/consumption", GetConsumption)
            .WithName(nameof(GetConsumption))
            .WithSummary("A year's consumption by month against the baseline, with the savings, and by building");

        group.MapReadingImport();
        group.MapMeterAlertEndpoints();
    }

    public static async Task<Ok<Paged<MeterItem>>> ListMeters([AsParameters] MeterQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Rows(api.Db, Filter(api.Db, q)).ToPagedAsync(q, api.Ct));

    public static async Task<FileContentHttpResult> ExportMeters([AsParameters] MeterQuery q, [AsParameters] ApiServices api)
    {
        var items = await Rows(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct);
        return Export.Xlsx("能耗表计", ["表计编号", "表计名称", "所属园区", "所属楼宇", "类别", "用途", "单位", "在用", "基准年", "固定月基准", "最近读数时间", "最近读数"],
            items.Select(m => (IReadOnlyList<object?>)[m.Code, m.Name, m.ParkName, m.BuildingName, KindNames[m.Kind], PurposeNames[m.Purpose],
                m.Unit == MeterUnit.Kwh ? "千瓦时" : "立方米", m.Active ? "是" : "否", m.BaselineYear, m.BaselineMonthly,
                m.LastReadingAt?.ToOffset(Consumption.ChinaOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                m.LastValue]),
            api.Clock);
    }

    private static readonly Dictionary<MeterKind, string> KindNames = new()
    {
        [MeterKind.Electricity] = "电", [MeterKind.Water] = "水", [MeterKind.Gas] = "燃气",
    };

    private static readonly Dictionary<MeterPurpose, string> PurposeNames = new()
    {
        [MeterPurpose.General] = "总表", [MeterPurpose.Lighting] = "照明回路", [MeterPurpose.AirConditioning] = "空调", [MeterPurpose.Production] = "生产",
        [MeterPurpose.Other] = "其他",
    };

    public static async Task<Results<Ok<MeterItem>, ProblemHttpResult>> GetMeter(Guid id, [AsParameters] ApiServices api) =>
        await FindAsync(api.Db, id, api.Ct) is { } item ? TypedResults.Ok(item) : Problems.NotFound();

    public static async Task<Results<Created<MeterItem>, ValidationProblem>> CreateMeter(MeterInput input, [AsParameters] ApiServices api)
    {
        var (errors, park) = await ValidateAsync(api.Db, input, null, api.Ct);
        if (errors.Any) return Problems.Validation(errors);
        var meter = new Meter { Code = "", Name = "", ZoneId = park!.ZoneId };
        Apply(meter, input);
        api.Db.Meters.Add(meter);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/energy/meters/{meter.Id}", (await FindAsync(api.Db, meter.Id, api.Ct))!);
    }

    public static async Task<Results<Ok<MeterItem>, ValidationProblem, ProblemHttpResult>> UpdateMeter(Guid id, MeterInput input,
        [AsParameters] ApiServices api)
    {
        var meter = await api.Db.Meters.FirstOrDefaultAsync(m => m.Id == id, api.Ct);
        if (meter is null) return Problems.NotFound();
        var (errors, park) = await ValidateAsync(api.Db, input, id, api.Ct);
        if (input.Version is null) errors.Add("version", "required");
        if (park is not null && park.ZoneId != meter.ZoneId) errors.Add("parkId", "unknown_park");
        if (errors.Any) return Problems.Validation(errors);
        api.Db.ExpectVersion(meter, input.Version!.Value);
        Apply(meter, input);
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api.Db, id, api.Ct), api.Ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteMeter(Guid id, [AsParameters] ApiServices api)
    {
        var meter = await api.Db.Meters.FirstOrDefaultAsync(m => m.Id == id, api.Ct);
        if (meter is null) return Problems.NotFound();
        if (await api.Db.MeterReadings.AnyAsync(r => r.MeterId == id, api.Ct)) return Problems.Conflict("energy.meter_has_readings");
        api.Db.Meters.Remove(meter);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<Paged<ReadingItem>>, ProblemHttpResult>> ListReadings(Guid id, [AsParameters] ReadingQuery q,
        [AsParameters] ApiServices api)
    {
        if (!await api.Db.Meters.AnyAsync(m => m.Id == id, api.Ct)) return Problems.NotFound();
        var query = api.Db.MeterReadings.AsNoTracking().Where(r => r.MeterId == id);
        query = q.Desc == false ? query.OrderBy(r => r.At) : query.OrderByDescending(r => r.At);
        return TypedResults.Ok(await query.Select(r => new ReadingItem(r.At, r.Value)).ToPagedAsync(q, api.Ct));
    }

    public static async Task<Results<Ok<MeterReadingStoreResult>, ValidationProblem, ProblemHttpResult>> AddReading(Guid id, ReadingInput input,
        MeterReadingStore store, [AsParameters] ApiServices api)
    {
        var meter = await api.Db.Meters.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, api.Ct);
        if (meter is null) return Problems.NotFound();
        var errors = new Errors().Amount("value", input.Value);
        if (input.Value is null) errors.Add("value", "required");
        if (input.At is null) errors.Add("at", "required");
        else if (input.At > api.Clock.GetUtcNow().AddMinutes(5)) errors.Add("at", "energy.reading_in_future");
        if (errors.Any) return Problems.Validation(errors);
        var result = await store.StoreAsync(meter.ZoneId, [new MeterReadingInput(meter.Code, input.At!.Value, input.Value!.Value)], api.Ct);
        if (result.Rejected is [var rejected, ..]) return Problems.Validation(new Errors().Add("value", rejected.Reason));
        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<ConsumptionReport>, ValidationProblem>> GetConsumption([AsParameters] ConsumptionQuery q,
        [AsParameters] ApiServices api)
    {
        var errors = new Errors();
        var year = q.Year ?? api.Clock.Today().Year;
        if (year is < 2000 or > 2100) errors.Add("year", "energy.year_range", 2000, 2100);
        if (errors.Any) return Problems.Validation(errors);
        return TypedResults.Ok(await EnergyReports.ConsumptionAsync(api.Db, q, year, api.Ct));
    }

    private static IQueryable<Meter> Filter(AppDbContext db, MeterQuery q)
    {
        var query = db.Meters.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(m => m.Name.Contains(q.Search.Trim()) || m.Code.Contains(q.Search.Trim()));
        if (q.ParkId is { } park) query = query.Where(m => m.ParkId == park);
        if (q.BuildingId is { } building) query = query.Where(m => m.BuildingId == building);
        if (q.Kind is { } kind) query = query.Where(m => m.Kind == kind);
        if (q.Purpose is { } purpose) query = query.Where(m => m.Purpose == purpose);
        return query.SortBy(q.Sort, q.Desc ?? false, SortKeys, "code", m => m.Id);
    }

    private static IQueryable<MeterItem> Rows(AppDbContext db, IQueryable<Meter> query) =>
        query.Select(m => new MeterItem(m.Id, m.Code, m.Name, m.ParkId, db.Parks.Where(p => p.Id == m.ParkId).Select(p => p.Name).First(),
            m.BuildingId, db.Buildings.Where(b => b.Id == m.BuildingId).Select(b => b.Name).FirstOrDefault(), m.Kind, m.Purpose, m.Unit, m.Active,
            m.BaselineYear, m.BaselineMonthly,
            db.MeterReadings.Where(r => r.MeterId == m.Id).OrderByDescending(r => r.At).Select(r => (DateTimeOffset?)r.At).FirstOrDefault(),
            db.MeterReadings.Where(r => r.MeterId == m.Id).OrderByDescending(r => r.At).Select(r => (decimal?)r.Value).FirstOrDefault(),
            m.Version));

    private static Task<MeterItem?> FindAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        Rows(db, db.Meters.AsNoTracking().Where(m => m.Id == id)).FirstOrDefaultAsync(ct);

    private static async Task<(Errors, Domain.Organisation.Park?)> ValidateAsync(AppDbContext db, MeterInput input, Guid? id, CancellationToken ct)
    {
        var errors = new Errors().Required("code", input.Code).MaxLength("code", input.Code, Limits.Code)
            .Required("name", input.Name).MaxLength("name", input.Name, Limits.Title).Amount("baselineMonthly", input.BaselineMonthly);
        if (input.Kind is null) errors.Add("kind", "required");
        if (input.Purpose is null) errors.Add("purpose", "required");
        if (input.Unit is null) errors.Add("unit", "required");
        else if (input.Kind is { } kind && (kind == MeterKind.Electricity) != (input.Unit == MeterUnit.Kwh)) errors.Add("unit", "energy.unit_of_kind");
        if (input.BaselineYear is { } y && (y < 2000 || y > 2100)) errors.Add("baselineYear", "energy.year_range", 2000, 2100);
        if (input.BaselineYear is not null && input.BaselineMonthly is not null) errors.Add("baselineMonthly", "energy.one_baseline");
        var park = await CarrierSupport.VisibleParkAsync(db, input.ParkId, errors, ct);
        if (park is not null && input.BuildingId is { } building
            && !await db.Buildings.AnyAsync(b => b.Id == building && b.ParkId == park.Id, ct))
            errors.Add("buildingId", "space.unknown_building");
        if (park is not null && !string.IsNullOrWhiteSpace(input.Code))
        {
            var code = input.Code.Trim();
            // The code is unique in the zone, across parks the caller may not see: checked past the scope, in a query of its own.
            if (await db.Meters.IgnoreQueryFilters().AnyAsync(m => m.ZoneId == park.ZoneId && m.Code == code && m.Id != id, ct))
                errors.Add("code", "energy.duplicate_code");
        }
        return (errors, park);
    }

    private static void Apply(Meter m, MeterInput input)
    {
        m.Code = input.Code!.Trim();
        m.Name = input.Name!.Trim();
        m.ParkId = input.ParkId!.Value;
        m.BuildingId = input.BuildingId;
        m.Kind = input.Kind!.Value;
        m.Purpose = input.Purpose!.Value;
        m.Unit = input.Unit!.Value;
        m.Active = input.Active ?? true;
        m.BaselineYear = input.BaselineYear;
        m.BaselineMonthly = input.BaselineMonthly;
    }
}
