using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Space;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.Space;

/// <summary>A building as a row of the workbook: the park by name.</summary>
public sealed record BuildingRow(string Park, string Name, BuildingKind Kind, int Floors, decimal GrossArea, BuildingOwner Owner);

/// <summary>The parks' buildings (园区楼宇), in the columns of the buildings' export (the counted columns are not read).</summary>
public sealed class BuildingSheet : ImportSheet<BuildingRow>
{
    public override string Name => "园区楼宇";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("楼宇名称", "name", CellType.Text, true, Example: "1号标准化厂房"),
        new("所属园区", "parkId", CellType.Text, true, Example: "创新创业园"),
        new("类型", "kind", CellType.Code, true, [.. SpaceQueries.KindNames.Values], SpaceQueries.KindNames[BuildingKind.StandardFactory]),
        new("层数", "floors", CellType.Integer, true, Example: 4),
        new("建筑面积（平方米）", "grossArea", CellType.Decimal, true, Example: 12000),
        new("产权方", "owner", CellType.Code, true, [.. SpaceQueries.OwnerNames.Values], SpaceQueries.OwnerNames[BuildingOwner.ParkCompany]),
    ];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes => [Text.Get("import_space_notes.buildings")];

    private readonly Dictionary<(string, string), int> _firstRow = [];

    public override BuildingRow? Parse(SheetRow row)
    {
        var (name, park, floors) = (row.Text("name")!, row.Text("parkId")!, row.Integer("floors")!.Value);
        row.Fail(new Errors().BuildingFields(name, floors, row.Decimal("grossArea")));
        if (row.Failed) return null;
        if (_firstRow.TryGetValue((park, name), out var first)) { row.Fail("name", "duplicate_name_in_file", first); return null; }
        _firstRow[(park, name)] = row.Number;
        return new BuildingRow(park, name, SpaceQueries.KindNames.First(k => k.Value == row.Text("kind")).Key, floors, row.Decimal("grossArea")!.Value,
            SpaceQueries.OwnerNames.First(k => k.Value == row.Text("owner")).Key);
    }
}

/// <summary>A unit as a row of the workbook: building by name within its park, the unit by its number within the building.</summary>
public sealed record UnitRow(string Park, string Building, string Name, int? Floor, decimal Area, decimal? FloorLoad, decimal? PowerKva, UnitStatus? Status);

/// <summary>The buildings' units (房源单元), in the columns of the units' export (tenant and lease end are not read).</summary>
public sealed class UnitSheet : ImportSheet<UnitRow>
{
    public override string Name => "房源单元";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("单元", "name", CellType.Text, true, Example: "101", Note: "单元编号，在所属楼宇内唯一"),
        new("所属楼宇", "buildingId", CellType.Text, true, Example: "1号标准化厂房"),
        new("所属园区", "parkId", CellType.Text, true, Example: "创新创业园"),
        new("楼层", "floor", CellType.Integer, Example: 1),
        new("面积（平方米）", "area", CellType.Decimal, true, Example: 1200),
        new("楼面荷载（kN/m²）", "floorLoad", CellType.Decimal, Example: 10),
        new("供电容量（kVA）", "powerKva", CellType.Decimal, Example: 400),
        new("状态", "status", CellType.Code, Codes: [.. SpaceQueries.StatusNames.Values], Example: SpaceQueries.StatusNames[UnitStatus.Vacant]),
    ];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes => [Text.Get("import_space_notes.units"), Text.Get("import_space_notes.status")];

    private readonly Dictionary<(string, string, string), int> _firstRow = [];

    public override UnitRow? Parse(SheetRow row)
    {
        var (name, building, park) = (row.Text("name")!, row.Text("buildingId")!, row.Text("parkId")!);
        var (floor, floorLoad) = (row.Integer("floor"), row.Decimal("floorLoad"));
        row.Fail(new Errors().UnitFields(name, floor, row.Decimal("area"), floorLoad, row.Decimal("powerKva")));
        if (row.Failed) return null;
        if (_firstRow.TryGetValue((park, building, name), out var first)) { row.Fail("name", "duplicate_name_in_file", first); return null; }
        _firstRow[(park, building, name)] = row.Number;
        UnitStatus? status = row.Text("status") is { } s ? SpaceQueries.StatusNames.First(k => k.Value == s).Key : null;
        return new UnitRow(park, building, name, floor, row.Decimal("area")!.Value, floorLoad, row.Decimal("powerKva"), status);
    }
}

/// <summary>A lease as a row of the workbook: the unit by park, building and number, the tenant by credit code.</summary>
public sealed record LeaseRow(string Park, string Building, string Unit, string CreditCode, DateOnly From, DateOnly To, decimal Area, decimal MonthlyRent,
    bool LeaseThenTransfer, DateOnly? TransferBy, DateOnly? RentPaidUntil);

/// <summary>The units' leases (租赁合同), one row a lease.</summary>
public sealed class LeaseSheet : ImportSheet<LeaseRow>
{
    public const string Yes = "是";
    public const string No = "否";

    public override string Name => "租赁合同";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("所属园区", "parkId", CellType.Text, true, Example: "创新创业园"),
        new("所属楼宇", "buildingId", CellType.Text, true, Example: "1号标准化厂房"),
        new("单元", "unitId", CellType.Text, true, Example: "101"),
        new("统一社会信用代码", "enterpriseId", CellType.Text, true, Example: "91410400MA9G000014"),
        new("承租企业", "enterpriseName", CellType.Text, Example: "平顶山示例科技有限公司", Note: "仅供核对"),
        new("起租日期", "from", CellType.Date, true, Example: "2026-01-01"),
        new("到期日期", "to", CellType.Date, true, Example: "2028-12-31"),
        new("租赁面积（平方米）", "area", CellType.Decimal, true, Example: 1200),
        new("月租金（元/平方米）", "monthlyRent", CellType.Decimal, true, Example: 12.5),
        new("先租后让", "leaseThenTransfer", CellType.Code, Codes: [Yes, No], Example: No),
        new("约定转让日期", "transferBy", CellType.Date),
        new("租金缴至", "rentPaidUntil", CellType.Date, Example: "2026-06-30"),
    ];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes => [Text.Get("import_space_notes.leases"), Text.Get("import_space_notes.overlap"),
        Text.Get("import_registry_notes.read_only")];

    private readonly Dictionary<(string, string, string, string, DateOnly), int> _firstRow = [];

    public override LeaseRow? Parse(SheetRow row)
    {
        var code = CreditCode.Normalise(row.Text("enterpriseId")!);
        if (CreditCode.Check(code) is { } problem) row.Fail("enterpriseId", "credit_code." + problem);
        var (from, to, transferBy, paid) = (row.Date("from")!.Value, row.Date("to")!.Value, row.Date("transferBy"), row.Date("rentPaidUntil"));
        var ltt = row.Text("leaseThenTransfer") == Yes;
        row.Fail(new Errors().PositiveAmount("area", row.Decimal("area")).Amount("monthlyRent", row.Decimal("monthlyRent"))
            .LeaseDays(from, to, ltt, transferBy, paid));
        if (row.Failed) return null;
        var (park, building, unit) = (row.Text("parkId")!, row.Text("buildingId")!, row.Text("unitId")!);
        if (_firstRow.TryGetValue((park, building, unit, code, from), out var first)) { row.Fail("from", "duplicate_name_in_file", first); return null; }
        _firstRow[(park, building, unit, code, from)] = row.Number;
        return new LeaseRow(park, building, unit, code, from, to, row.Decimal("area")!.Value, row.Decimal("monthlyRent")!.Value, ltt,
            ltt ? transferBy : null, paid);
    }
}

/// <summary>
/// A zone's space in bulk, as it is handed over in workbooks: buildings, then units, then leases, each with its template and an
/// all-or-nothing import. Rows are matched by their natural keys — a building by park and name, a unit by building and number,
/// a lease by unit, tenant and start day — and a matched row is updated, so importing the same file twice changes nothing.
/// </summary>
public static class SpaceImport
{
    public static void MapSpaceImport(this RouteGroupBuilder group)
    {
        group.MapGet("/buildings/import/template", DownloadBuildingTemplate)
            .WithName(nameof(DownloadBuildingTemplate))
            .WithSummary("The buildings import template, in the columns of the buildings' export")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapPost("/buildings/import", ImportBuildings)
            .WithName(nameof(ImportBuildings))
            .WithSummary("Import buildings, all or nothing: a building of the same name in the same park is updated")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapGet("/space-units/import/template", DownloadUnitTemplate)
            .WithName(nameof(DownloadUnitTemplate))
            .WithSummary("The units import template, in the columns of the units' export")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapPost("/space-units/import", ImportSpaceUnits)
            .WithName(nameof(ImportSpaceUnits))
            .WithSummary("Import units, all or nothing: a unit of the same number in the same building is updated")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapGet("/leases/import/template", DownloadLeaseTemplate)
            .WithName(nameof(DownloadLeaseTemplate))
            .WithSummary("The leases import template: unit by park, building and number, tenant by credit code")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapPost("/leases/import", ImportLeases)
            .WithName(nameof(ImportLeases))
            .WithSummary("Import leases, all or nothing: the same unit, tenant and start day is updated; overlapping leases are refused")
            .RequireAuthorization(Permissions.SpaceWrite);
    }

    public static FileContentHttpResult DownloadBuildingTemplate(TimeProvider clock) => SheetImport.Template(new BuildingSheet(), clock);

    public static FileContentHttpResult DownloadUnitTemplate(TimeProvider clock) => SheetImport.Template(new UnitSheet(), clock);

    public static FileContentHttpResult DownloadLeaseTemplate(TimeProvider clock) => SheetImport.Template(new LeaseSheet(), clock);

    public static async Task<Results<Ok<SheetImportResult>, ValidationProblem, ProblemHttpResult>> ImportBuildings(
        HttpRequest request, Guid? zoneId, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var sheet = new BuildingSheet();
        var result = await SheetImport.RunAsync(request, sheet, db, reports, api.User, async (rows, check) =>
        {
            var parks = await ImportLookups.ParksByNameAsync(db, zone, ct);
            foreach (var (number, row) in rows.Where(r => !parks.ContainsKey(r.Value.Park)))
                check.Fail(sheet, number, "parkId", "unknown_park_name");
            if (check.Failed) return new SheetImportResult(0, 0);

            var existing = (await db.Buildings.Where(b => b.ZoneId == zone).ToListAsync(ct)).GroupBy(b => (b.ParkId, b.Name))
                .ToDictionary(g => g.Key, g => g.First());
            var (imported, updated) = (0, 0);
            foreach (var (_, row) in rows)
            {
                var key = (parks[row.Park], row.Name);
                if (existing.TryGetValue(key, out var building)) updated++;
                else
                {
                    db.Buildings.Add(building = new Building { Name = row.Name, ZoneId = zone, ParkId = key.Item1 });
                    imported++;
                }
                (building.Kind, building.Floors, building.GrossArea, building.Owner) = (row.Kind, row.Floors, row.GrossArea, row.Owner);
            }
            await db.SaveChangesAsync(ct);
            return new SheetImportResult(imported, updated);
        }, ct);
        return result.Result switch { Ok<SheetImportResult> ok => ok, var other => (ProblemHttpResult)other };
    }

    /// <summary>The zone's buildings the caller sees, by park and name.</summary>
    private static async Task<Dictionary<(Guid, string), Building>> BuildingsAsync(AppDbContext db, Guid zone, CancellationToken ct) =>
        (await db.Buildings.AsNoTracking().Where(b => b.ZoneId == zone).ToListAsync(ct)).GroupBy(b => (b.ParkId, b.Name))
            .ToDictionary(g => g.Key, g => g.First());

    public static async Task<Results<Ok<SheetImportResult>, ValidationProblem, ProblemHttpResult>> ImportSpaceUnits(
        HttpRequest request, Guid? zoneId, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (db, ct, today) = (api.Db, api.Ct, api.Clock.Today());
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var sheet = new UnitSheet();
        var result = await SheetImport.RunAsync(request, sheet, db, reports, api.User, async (rows, check) =>
        {
            var parks = await ImportLookups.ParksByNameAsync(db, zone, ct);
            var buildings = await BuildingsAsync(db, zone, ct);
            Building? BuildingOf(UnitRow r) => parks.TryGetValue(r.Park, out var p) && buildings.TryGetValue((p, r.Building), out var b) ? b : null;
            foreach (var (number, row) in rows)
                if (!parks.ContainsKey(row.Park)) check.Fail(sheet, number, "parkId", "unknown_park_name");
                else if (BuildingOf(row) is null) check.Fail(sheet, number, "buildingId", "space.unknown_building_name");
            if (check.Failed) return new SheetImportResult(0, 0);
            foreach (var twice in rows.GroupBy(r => (BuildingOf(r.Value)!.Id, r.Value.Name)).Where(g => g.Count() > 1))
                check.Fail(sheet, twice.Skip(1).First().Number, "name", "duplicate_name_in_file", twice.First().Number);
            if (check.Failed) return new SheetImportResult(0, 0);

            var buildingIds = rows.Select(r => BuildingOf(r.Value)!.Id).Distinct().ToList();
            var existing = (await db.SpaceUnits.Where(u => buildingIds.Contains(u.BuildingId)).ToListAsync(ct))
                .GroupBy(u => (u.BuildingId, u.Name)).ToDictionary(g => g.Key, g => g.First());
            var unitIds = existing.Values.Select(u => u.Id).ToList();
            var leases = await db.Leases.AsNoTracking().Where(l => unitIds.Contains(l.UnitId) && l.To >= today)
                .Select(l => new { l.UnitId, l.From, l.To, l.Area }).ToListAsync(ct);
            var (imported, updated) = (0, 0);
            foreach (var (number, row) in rows)
            {
                var building = BuildingOf(row)!;
                existing.TryGetValue((building.Id, row.Name), out var unit);
                var own = unit is null ? [] : leases.Where(l => l.UnitId == unit.Id).ToList();
                var letToday = own.Any(l => l.From <= today);
                // Statuses follow the same rules as the unit form: 已租 comes with a lease, 预留 from a project's page.
                var status = row.Status ?? unit?.Status ?? UnitStatus.Vacant;
                if (status == UnitStatus.Leased && !letToday && unit?.Status != UnitStatus.Leased)
                    check.Fail(sheet, number, "status", "space.leased_needs_lease");
                else if (status == UnitStatus.Reserved && unit?.Status != UnitStatus.Reserved)
                    check.Fail(sheet, number, "status", "space.reserved_from_project");
                else if (letToday && status is UnitStatus.Vacant or UnitStatus.Reserved)
                    check.Fail(sheet, number, "status", "space.unit_under_lease");
                if (own.Any(l => l.Area > row.Area)) check.Fail(sheet, number, "area", "space.area_below_lease");
                if (check.Failed) continue;
                if (unit is not null) updated++;
                else
                {
                    db.SpaceUnits.Add(unit = new SpaceUnit { Name = row.Name, BuildingId = building.Id, ZoneId = building.ZoneId, ParkId = building.ParkId });
                    existing[(building.Id, row.Name)] = unit;
                    imported++;
                }
                (unit.Floor, unit.Area, unit.FloorLoad, unit.PowerKva, unit.Status) = (row.Floor, row.Area, row.FloorLoad, row.PowerKva, status);
                if (status != UnitStatus.Reserved) unit.ReservedForProjectId = null;
            }
            if (check.Failed) return new SheetImportResult(0, 0);
            await db.SaveChangesAsync(ct);
            return new SheetImportResult(imported, updated);
        }, ct);
        return result.Result switch { Ok<SheetImportResult> ok => ok, var other => (ProblemHttpResult)other };
    }

    public static async Task<Results<Ok<SheetImportResult>, ValidationProblem, ProblemHttpResult>> ImportLeases(
        HttpRequest request, Guid? zoneId, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (db, ct, today) = (api.Db, api.Ct, api.Clock.Today());
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var sheet = new LeaseSheet();
        var result = await SheetImport.RunAsync(request, sheet, db, reports, api.User, async (rows, check) =>
        {
            var parks = await ImportLookups.ParksByNameAsync(db, zone, ct);
            var buildings = await BuildingsAsync(db, zone, ct);
            var buildingIds = buildings.Values.Select(b => b.Id).ToList();
            var units = (await db.SpaceUnits.Where(u => buildingIds.Contains(u.BuildingId)).ToListAsync(ct))
                .GroupBy(u => (u.BuildingId, u.Name)).ToDictionary(g => g.Key, g => g.First());
            var enterprises = await ImportZone.EnterprisesByCodeAsync(db, zone, rows.Select(r => r.Value.CreditCode), ct);
            SpaceUnit? UnitOf(LeaseRow r) => parks.TryGetValue(r.Park, out var p) && buildings.TryGetValue((p, r.Building), out var b)
                && units.TryGetValue((b.Id, r.Unit), out var u) ? u : null;
            foreach (var (number, row) in rows)
            {
                if (!parks.TryGetValue(row.Park, out var park)) check.Fail(sheet, number, "parkId", "unknown_park_name");
                else if (!buildings.ContainsKey((park, row.Building))) check.Fail(sheet, number, "buildingId", "space.unknown_building_name");
                else if (UnitOf(row) is not { } unit) check.Fail(sheet, number, "unitId", "space.unknown_unit_number");
                else
                {
                    if (unit.Status == UnitStatus.Disposal) check.Fail(sheet, number, "unitId", "space.unit_not_lettable");
                    if (row.Area > unit.Area) check.Fail(sheet, number, "area", "space.area_above_unit", unit.Area.ToString("0.##"));
                }
                if (!enterprises.ContainsKey(row.CreditCode)) check.Fail(sheet, number, "enterpriseId", "unknown_credit_code");
            }

            // The rows whose unit and tenant are known are checked against each other and the stored leases in the same pass,
            // so that one upload reports every bad row.
            var known = rows.Where(r => UnitOf(r.Value) is not null && enterprises.ContainsKey(r.Value.CreditCode)).ToList();
            var unitIds = known.Select(r => UnitOf(r.Value)!.Id).Distinct().ToList();
            var stored = await db.Leases.Where(l => unitIds.Contains(l.UnitId)).ToListAsync(ct);
            var matched = new Dictionary<int, Lease>();
            foreach (var (number, row) in known)
                if (stored.FirstOrDefault(l => l.UnitId == UnitOf(row)!.Id && l.EnterpriseId == enterprises[row.CreditCode] && l.From == row.From) is { } l)
                    matched[number] = l;
            // A row may not share a day with another lease of its unit: one stored and not rewritten by the file, or a row above it
            // (two rows that overlap are reported once, on the later one).
            foreach (var (number, row) in known)
            {
                var unitId = UnitOf(row)!.Id;
                var others = stored.Where(l => l.UnitId == unitId && !matched.ContainsValue(l)).Select(l => (l.From, l.To))
                    .Concat(known.Where(r => r.Number < number && UnitOf(r.Value)!.Id == unitId).Select(r => (r.Value.From, r.Value.To)));
                if (LeaseRules.FirstOverlap(others, row.From, row.To) is { } overlap)
                    check.Fail(sheet, number, "from", "space.lease_overlaps", overlap.From.ToString("yyyy-MM-dd"), overlap.To.ToString("yyyy-MM-dd"));
            }
            if (check.Failed) return new SheetImportResult(0, 0);

            var (imported, updated) = (0, 0);
            foreach (var (number, row) in rows)
            {
                var unit = UnitOf(row)!;
                if (matched.TryGetValue(number, out var lease)) updated++;
                else
                {
                    db.Leases.Add(lease = new Lease
                    {
                        UnitId = unit.Id, ZoneId = unit.ZoneId, ParkId = unit.ParkId, EnterpriseId = enterprises[row.CreditCode],
                    });
                    stored.Add(lease);
                    imported++;
                }
                (lease.From, lease.To, lease.Area, lease.MonthlyRent) = (row.From, row.To, row.Area, row.MonthlyRent);
                (lease.LeaseThenTransfer, lease.TransferBy, lease.RentPaidUntil) = (row.LeaseThenTransfer, row.TransferBy, row.RentPaidUntil);
            }
            // As with a lease typed in: a unit let today is 已租; a 已租 unit no lease covers today any more is 空置 again.
            foreach (var unit in units.Values.Where(u => unitIds.Contains(u.Id)))
            {
                var let = stored.Any(l => l.UnitId == unit.Id && l.From <= today && l.To >= today);
                if (let && unit.Status is UnitStatus.Vacant or UnitStatus.Reserved or UnitStatus.Idle)
                    (unit.Status, unit.ReservedForProjectId) = (UnitStatus.Leased, null);
                else if (!let && unit.Status == UnitStatus.Leased) unit.Status = UnitStatus.Vacant;
            }
            await db.SaveChangesAsync(ct);
            return new SheetImportResult(imported, updated);
        }, ct);
        return result.Result switch { Ok<SheetImportResult> ok => ok, var other => (ProblemHttpResult)other };
    }
}
