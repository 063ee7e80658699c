using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Tests.Cultivation.Build;

namespace Torchbase.Domain.Tests.Cultivation;

public class LadderAndRuleSetTests
{
    [Fact]
    public void Every_rule_set_names_its_policy_year_and_document()
    {
        Assert.Equal(8, RuleSets.All.Count);
        foreach (var r in RuleSets.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(r.ShortName), r.Id);
            Assert.True(r.InForceFrom.Year >= 2016, r.Id);
            Assert.True(r.InForceUntil is null || r.InForceUntil > r.InForceFrom, r.Id);
            // Users read the notes in their language; both languages say the same number of things.
            Assert.NotEmpty(r.UserNotes["zh-CN"]);
            Assert.Equal(r.UserNotes["zh-CN"].Count, r.UserNotes["en"].Count);
            Assert.False(string.IsNullOrWhiteSpace(r.Policy));
            Assert.InRange(r.Year, 2016, 2030);
            Assert.NotEmpty(r.Documents);
            // Nothing unverified goes unsaid.
            Assert.True(r.Documents.All(d => d.Verified) || r.Unverified.Count > 0, r.Id);
        }
        Assert.Equal("河南省", RuleSets.Find("gazelle-henan-2019")!.Region);
    }

    [Theory]
    [InlineData("2026-03-31", "specialized-sme-2022", "little-giant-2022")]
    [InlineData("2026-04-01", "specialized-sme-2026", "little-giant-2026")]
    [InlineData("2023-06-30", "specialized-sme-2022", "little-giant-2022")]
    public void In_force_picks_the_version_of_the_day(string day, string specialized, string littleGiant)
    {
        var on = DateOnly.Parse(day);
        var sets = RuleSets.InForce(on);
        Assert.Equal(6, sets.Count);
        Assert.Equal(specialized, RuleSets.InForce(QualificationType.Specialized, on)!.Id);
        Assert.Equal(littleGiant, RuleSets.InForce(QualificationType.LittleGiant, on)!.Id);
        Assert.Single(sets, r => r.Tier == QualificationType.Specialized);
        Assert.Contains(sets, r => r.Id == "innovative-sme-2022");
    }

    [Fact]
    public void Before_the_2022_standards_the_miit_tiers_have_no_rules()
    {
        Assert.Null(RuleSets.InForce(QualificationType.Specialized, new DateOnly(2022, 7, 31)));
        Assert.NotNull(RuleSets.InForce(QualificationType.HighTech, new DateOnly(2022, 7, 31)));
    }

    [Theory]
    [InlineData("2026-06-01", "little-giant-2022,specialized-sme-2022")]
    [InlineData("2026-02-01", "little-giant-2026,specialized-sme-2026")]
    [InlineData("2027-02-01", "")]
    [InlineData("2025-06-01", "")]
    public void Both_standards_matter_in_the_year_of_transition(string day, string others) =>
        Assert.Equal(others, string.Join(',', RuleSets.AlsoInForceThisYear(DateOnly.Parse(day)).Select(r => r.Id).Order()));

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
        var only = r with { Criteria = r.Criteria.Select(c => c.Key == "rdRatio3Years" || c.Group is not null ? c : c with { Status = CriterionStatus.Met }).ToList(), Verdict = Verdict.DoesNotQualify };
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
