using Torchbase.Http;

namespace Torchbase.Features.Space;

/// <summary>
/// The field rules a building, a unit and a lease obey wherever they come from — the forms and the workbook imports — so a row
/// the form refuses is refused by the import too, with the same message on the same field. What only one path checks (a
/// required value the import's template already enforces, a reference to look up) stays with that path.
/// </summary>
internal static class SpaceFieldRules
{
    public const int BuildingNameMax = 200;
    public const int UnitNameMax = 100;
    public const int MaxFloors = 200;
    public const int LowestFloor = -10;
    public const int MaxFloorLoad = 1000;

    /// <summary>A building's name length, gross area above zero, and floors within 1..<see cref="MaxFloors"/> when given.</summary>
    public static Errors BuildingFields(this Errors errors, string? name, int? floors, decimal? grossArea)
    {
        errors.MaxLength("name", name, BuildingNameMax).PositiveAmount("grossArea", grossArea);
        if (floors is < 1 or > MaxFloors) errors.Add("floors", "space.floors_range", 1, MaxFloors);
        return errors;
    }

    /// <summary>
    /// A unit's number length, area above zero, floor load and power as amounts (the load at most <see cref="MaxFloorLoad"/>),
    /// and its floor.
    /// </summary>
    public static Errors UnitFields(this Errors errors, string? name, int? floor, decimal? area, decimal? floorLoad, decimal? powerKva)
    {
        errors.MaxLength("name", name, UnitNameMax).PositiveAmount("area", area).Amount("floorLoad", floorLoad).Amount("powerKva", powerKva);
        if (floorLoad > MaxFloorLoad) errors.Add("floorLoad", "too_large", MaxFloorLoad);
        if (floor is < LowestFloor or > MaxFloors) errors.Add("floor", "space.floor_range", LowestFloor, MaxFloors);
        return errors;
    }

    /// <summary>
    /// A lease's days: the end not before the start, a 先租后让 lease with its transfer day (not before the start), and rent paid
    /// until no earlier than the day before the start.
    /// </summary>
    public static Errors LeaseDays(this Errors errors, DateOnly? from, DateOnly? to, bool leaseThenTransfer, DateOnly? transferBy, DateOnly? rentPaidUntil)
    {
        if (from is { } start && to < start) errors.Add("to", "space.to_before_from");
        if (leaseThenTransfer)
        {
            if (transferBy is null) errors.Add("transferBy", "required");
            else if (from is { } begins && transferBy < begins) errors.Add("transferBy", "space.transfer_before_from");
        }
        if (rentPaidUntil is { } paid && from is { } first && paid < first.AddDays(-1)) errors.Add("rentPaidUntil", "space.paid_before_from");
        return errors;
    }
}
