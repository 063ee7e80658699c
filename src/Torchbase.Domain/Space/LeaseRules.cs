namespace Torchbase.Domain.Space;

/// <summary>What leases of one unit must keep to with each other (the import checks a whole file of rows with it).</summary>
public static class LeaseRules
{
    /// <summary>The earliest of <paramref name="others"/> (leases of the same unit, days included) that shares a day with from–to.</summary>
    public static (DateOnly From, DateOnly To)? FirstOverlap(IEnumerable<(DateOnly From, DateOnly To)> others, DateOnly from, DateOnly to) =>
        others.Where(o => o.From <= to && o.To >= from).OrderBy(o => o.From).ThenBy(o => o.To).Cast<(DateOnly, DateOnly)?>().FirstOrDefault();
}
