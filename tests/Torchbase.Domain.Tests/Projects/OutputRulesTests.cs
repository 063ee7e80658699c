using Torchbase.Domain.Projects;

namespace Torchbase.Domain.Tests.Projects;

public class OutputRulesTests
{
    public static TheoryData<string, decimal?, decimal?, OutputVerdict, decimal?> Cases => new()
    {
        { "above the target", 150_000m, 162_000m, OutputVerdict.Achieved, 1.08m },
        { "exactly the target counts as reached (actual ≥ target)", 20_000m, 20_000m, OutputVerdict.Achieved, 1m },
        { "a 万元 short: cut, never shown as 100%", 20_000m, 19_999m, OutputVerdict.Missed, 0.9999m },
        { "a third", 300m, 100m, OutputVerdict.Missed, 0.3333m },
        { "half the target", 8_000m, 4_000m, OutputVerdict.Missed, 0.5m },
        { "target set, nothing reported yet", 8_000m, null, OutputVerdict.Pending, null },
        { "no target: nothing to reach", null, 5_000m, OutputVerdict.NotSet, null },
        { "neither figure", null, null, OutputVerdict.NotSet, null },
        { "a zero target is reached by any output but has no rate", 0m, 10m, OutputVerdict.Achieved, null },
        { "zero output against a target", 100m, 0m, OutputVerdict.Missed, 0m },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Actual_output_at_or_above_the_target_reaches_it(string _, decimal? target, decimal? actual, OutputVerdict verdict, decimal? rate)
    {
        Assert.Equal(verdict, OutputRules.Judge(target, actual));
        Assert.Equal(rate, OutputRules.Rate(target, actual));
    }
}
