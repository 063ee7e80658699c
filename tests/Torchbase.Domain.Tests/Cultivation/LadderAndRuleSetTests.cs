using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Tests.Cultivation.Build;

namespace Torchbase.Domain.Tests.Cultivation;

public class LadderAndRuleSetTests
{
    [Fact]
    public void Every_rule_set_names_its_policy_year_and_document()
    {
        Assert.Equal(7, RuleSets.All.Count);
        foreach (var r in RuleSets.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Policy));
            Assert.InRange(r.Year, 2016, 2030);
            Assert.NotEmpty(r.Documents);
            // Nothing unverified goes unsaid.
            Assert.True(r.Documents.All(d => d.Verified) || r.Unverified.Count > 0, r.Id);
        }
        Assert.Equal("河南省", RuleSets.Find("gazelle-henan-2019")!.Region);
    }

    [Fact]
    public void Current_takes_the_newest_version_per_tier()
    {
        Assert.Contains(RuleSets.Current, r => r.Id == "techsme-2022");
        Assert.DoesNotContain(RuleSets.Current, r => r.Id == "techsme-2017");
        Assert.Equal(6, RuleSets.Current.Count);
    }

    [Fact]
    public void Every_current_rule_set_evaluates_an_empty_enterprise_as_missing_data()
    {
        foreach (var r in QualificationEngine.EvaluateAll(Facts([], null)))
            Assert.NotEqual(Verdict.Qualifies, r.Verdict);
    }

    [Fact]
    public void Ladder_next_step_is_the_tier_above_the_one_held()
    {
        var facts = Facts(Flat(5000, 300), AllGood(), null, QualificationType.TechSme);
        var card = Ladder.Card(facts, QualificationEngine.EvaluateAll(facts));
        Assert.Equal(QualificationType.TechSme, card.Innovation.Current);
        Assert.Equal(QualificationType.HighTech, card.Innovation.Next!.Tier);
        Assert.Null(card.Specialisation.Current);
        Assert.Equal(QualificationType.InnovativeSme, card.Specialisation.Next!.Tier);
    }

    [Fact]
    public void Gazelle_holder_has_no_rule_for_the_top_tier()
    {
        var facts = Facts(Flat(5000, 300), AllGood(), null, QualificationType.Gazelle);
        Assert.Null(Ladder.Card(facts, QualificationEngine.EvaluateAll(facts)).Innovation.Next);
    }

    [Theory]
    [InlineData(0.10, CandidateBand.WithinReach)]
    [InlineData(0.05, CandidateBand.Far)]
    public void Within_reach_by_margin(double margin, CandidateBand expected)
    {
        // R&D 4.6% of 5000万: 8% short of 5%.
        var r = HighTechRules.Evaluate(Rules("hightech-2016"), Facts(Flat(5000, 230), AllGood()) with { });
        var only = r with { Criteria = r.Criteria.Select(c => c.Key == "rdRatio3Years"
            || c.Group is not null ? c : c with { Status = CriterionStatus.Met }).ToList(), Verdict = Verdict.DoesNotQualify };
        Assert.Equal(0.08m, Math.Round(only.Distance!.Value, 4));
        Assert.Equal(expected, Candidates.Band(only, (decimal)margin));
    }

    [Theory]
    [InlineData(CultivationActionKind.Applied, CultivationStatus.Cultivating, CultivationStatus.Applied)]
    [InlineData(CultivationActionKind.Approved, CultivationStatus.Applied, CultivationStatus.Approved)]
    [InlineData(CultivationActionKind.Rejected, CultivationStatus.Applied, CultivationStatus.Rejected)]
    [InlineData(CultivationActionKind.Applied, CultivationStatus.Rejected, CultivationStatus.Applied)]
    [InlineData(CultivationActionKind.Approved, CultivationStatus.Cultivating, null)]
    [InlineData(CultivationActionKind.Guidance, CultivationStatus.Approved, null)]
    public void Library_flow(CultivationActionKind kind, CultivationStatus from, CultivationStatus? to) =>
        Assert.Equal(to, CultivationFlow.After(kind, from));

    [Theory]
    [InlineData(3, 10, 0.3)] [InlineData(12, 10, 1.0)]
    public void Completion_rate(int approved, int target, double rate) => Assert.Equal((decimal)rate, CultivationFlow.Completion(approved, target));
}
