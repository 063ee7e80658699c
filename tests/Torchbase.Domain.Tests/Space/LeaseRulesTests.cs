using Torchbase.Domain.Space;

namespace Torchbase.Domain.Tests.Space;

public class LeaseRulesTests
{
    private static (DateOnly, DateOnly) P(string from, string to) => (DateOnly.Parse(from), DateOnly.Parse(to));

    public static TheoryData<string, string, string, string?> Overlaps => new()
    {
        { "before every lease", "2024-01-01", "2024-12-31", null },
        { "between two leases, touching neither", "2026-01-01", "2026-06-30", null },
        { "ends on the first day of a lease", "2026-01-01", "2026-07-01", "2026-07-01" },
        { "starts on the last day of a lease", "2025-12-31", "2026-03-31", "2025-01-01" },
        { "spans both: the earlier is named", "2025-06-01", "2027-01-01", "2025-01-01" },
        { "inside one", "2026-08-01", "2026-08-31", "2026-07-01" },
    };

    [Theory, MemberData(nameof(Overlaps))]
    public void A_lease_overlaps_another_of_the_unit_when_they_share_a_day(string _, string from, string to, string? first)
    {
        var others = new[] { P("2026-07-01", "2027-06-30"), P("2025-01-01", "2025-12-31") };
        var found = LeaseRules.FirstOverlap(others, DateOnly.Parse(from), DateOnly.Parse(to));
        Assert.Equal(first, found?.From.ToString("yyyy-MM-dd"));
    }
}
