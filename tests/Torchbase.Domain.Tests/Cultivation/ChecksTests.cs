using Torchbase.Domain.Cultivation;
using Xunit;

namespace Torchbase.Domain.Tests.Cultivation;

/// <summary>A limit (不超过) and a requirement (至少) read differently: the criterion says which it is, and a gap over a limit is the excess.</summary>
public class ChecksTests
{
    public static TheoryData<string, decimal?, CriterionStatus, decimal?> AtMostCases => new()
    {
        // actual, status, gap (how far over the limit of 10)
        { "under the limit", 7m, CriterionStatus.Met, null },
        { "on the limit", 10m, CriterionStatus.Met, null },
        { "over the limit", 15m, CriterionStatus.NotMet, 5m },
        { "not reported", null, CriterionStatus.Missing, null },
    };

    [Theory, MemberData(nameof(AtMostCases))]
    public void A_figure_that_must_not_exceed_a_limit_is_marked_as_a_limit(string _, decimal? actual, CriterionStatus status, decimal? gap)
    {
        var c = Checks.AtMost("registeredYears", actual, 10, Checks.Years);
        Assert.True(c.IsLimit);
        Assert.Equal(status, c.Status);
        Assert.Equal(gap, c.Gap);
        Assert.Equal(10, c.Required);
    }

    public static TheoryData<string, decimal?, CriterionStatus, decimal?> RatioAtMostCases => new()
    {
        { "42.2% under 70%", 42.2m, CriterionStatus.Met, null },
        { "75% over 70%", 75m, CriterionStatus.NotMet, 0.05m },
        { "not reported", null, CriterionStatus.Missing, null },
    };

    [Theory, MemberData(nameof(RatioAtMostCases))]
    public void A_ratio_that_must_not_exceed_a_limit_is_marked_as_a_limit(string _, decimal? liabilities, CriterionStatus status, decimal? gap)
    {
        var c = Checks.RatioAtMost("liabilityRatio", liabilities, 100m, 0.7m);
        Assert.True(c.IsLimit);
        Assert.Equal(status, c.Status);
        Assert.Equal(gap, c.Gap);
    }

    [Fact]
    public void A_requirement_to_reach_is_not_a_limit()
    {
        var c = Checks.AtLeast("employees", 29, 500, Checks.People);
        Assert.False(c.IsLimit);
        Assert.Equal(471, c.Gap);
        Assert.False(Checks.RatioAtLeast("rdRatio3Years", 3.2m, 100, 0.04m, Checks.Wan).IsLimit);
    }
}
