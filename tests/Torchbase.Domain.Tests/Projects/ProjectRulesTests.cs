using Torchbase.Domain.Projects;
using static Torchbase.Domain.Projects.ProjectStage;

namespace Torchbase.Domain.Tests.Projects;

public class StageMachineTests
{
    private static readonly DateOnly Last = new(2026, 3, 1);
    private static readonly DateOnly Today = new(2026, 6, 30);

    [Theory]
    [InlineData(Lead, Negotiating)]
    [InlineData(Lead, Signed)]
    [InlineData(Negotiating, Signed)]
    [InlineData(Negotiating, Lead)]
    [InlineData(Signed, Started)]
    [InlineData(Started, InProduction)]
    [InlineData(Signed, Dropped)]
    [InlineData(Dropped, Lead)]
    public void Allowed_moves(ProjectStage from, ProjectStage to)
    {
        var decision = StageMachine.Decide(from, to, new DateOnly(2026, 4, 1), Last, Today);
        Assert.True(decision.Allowed);
        Assert.Null(decision.Refusal);
    }

    [Theory]
    [InlineData(Lead, Started, StageRefusal.NotAllowed)]
    [InlineData(Negotiating, InProduction, StageRefusal.NotAllowed)]
    [InlineData(Signed, Negotiating, StageRefusal.NotAllowed)]
    [InlineData(Started, Signed, StageRefusal.NotAllowed)]
    [InlineData(Started, Dropped, StageRefusal.NotAllowed)]
    [InlineData(InProduction, Started, StageRefusal.NotAllowed)]
    [InlineData(Signed, Signed, StageRefusal.SameStage)]
    public void Refused_moves_say_why(ProjectStage from, ProjectStage to, StageRefusal why)
    {
        var decision = StageMachine.Decide(from, to, new DateOnly(2026, 4, 1), Last, Today);
        Assert.False(decision.Allowed);
        Assert.Equal(why, decision.Refusal);
    }

    [Theory]
    [InlineData("2026-02-28", StageRefusal.BeforeLastChange)]
    [InlineData("2026-03-01", null)]
    [InlineData("2026-06-30", null)]
    [InlineData("2026-07-01", StageRefusal.InFuture)]
    public void The_date_lies_between_the_last_change_and_today(string on, StageRefusal? why) =>
        Assert.Equal(why, StageMachine.Decide(Signed, Started, DateOnly.Parse(on), Last, Today).Refusal);

    [Fact]
    public void Nothing_follows_production() => Assert.Empty(StageMachine.AllowedFrom(InProduction));
}

public class InvestmentProgressTests
{
    [Theory]
    // target, completed, month, margin → rate, elapsed, behind
    [InlineData(38080, 47600, 12, 0.1, 1.25, 1.0, false)]      // 《科创引领蓄势赋能 示范“新”区奋力跃升》(2023): 47.6亿 = 125% of the year's target
    [InlineData(12000, 6000, 6, 0.1, 0.5, 0.5, false)]         // exactly on the calendar
    [InlineData(12000, 4800, 6, 0.1, 0.4, 0.5, false)]         // 10 points below: at the margin, not behind
    [InlineData(12000, 4700, 6, 0.1, 0.3917, 0.5, true)]       // just past the margin
    [InlineData(12000, 4700, 6, 0.0, 0.3917, 0.5, true)]
    [InlineData(12000, 1000, 1, 0.0, 0.0833, 0.0833, false)]   // 1/12 of a year, 1/12 of the target
    public void Completion_against_target_and_time(decimal target, decimal completed, int month, decimal margin, decimal rate, decimal elapsed, bool behind)
    {
        var result = InvestmentProgress.Evaluate(target, completed, month, margin);
        Assert.Equal(rate, result.CompletionRate);
        Assert.Equal(elapsed, result.ElapsedShare);
        Assert.Equal(behind, result.Behind);
    }

    [Fact]
    public void Shortfall_is_what_the_calendar_expects_minus_what_was_done()
    {
        var result = InvestmentProgress.Evaluate(12000, 4700, 6, 0.1m);
        Assert.Equal(6000, result.ExpectedByNow);
        Assert.Equal(1300, result.Shortfall);
    }

    [Fact]
    public void No_target_has_no_rate_and_is_never_behind()
    {
        var result = InvestmentProgress.Evaluate(0, 500, 9, 0.1m);
        Assert.Null(result.CompletionRate);
        Assert.False(result.Behind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_must_be_in_the_year(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InvestmentProgress.Evaluate(1, 1, month, 0));
}

public class ProjectRatesTests
{
    private static ProjectFacts P(ProjectStage stage, BatchKind batch = BatchKind.None, decimal planned = 10000, decimal funds = 0, bool outside = false) =>
        new(stage, batch, planned, funds, outside);

    [Fact]
    public void Signed_counts_every_project_that_reached_signing()
    {
        var rates = ProjectRates.Compute([P(Lead), P(Negotiating), P(Negotiating), P(Signed, planned: 20000), P(Started), P(InProduction), P(Dropped)]);
        Assert.Equal(3, rates.Signed);
        Assert.Equal(40000, rates.SignedInvestment);
        Assert.Equal(2, rates.Negotiating);
        Assert.Equal(new Rate(2, 3), rates.SignedToStarted);
        Assert.Equal(0.6667m, rates.SignedToStarted.Value);
        Assert.Equal(new Rate(1, 2), rates.StartedToProduction);
        Assert.Equal(0.5m, rates.StartedToProduction.Value);
    }

    [Fact]
    public void Batch_rates_follow_their_own_batch()
    {
        var rates = ProjectRates.Compute(
        [
            P(Started, BatchKind.Starting), P(InProduction, BatchKind.Starting), P(Signed, BatchKind.Starting), P(Dropped, BatchKind.Starting),
            P(InProduction, BatchKind.Production), P(Started, BatchKind.Production),
            P(Signed, BatchKind.Signing),
        ]);
        Assert.Equal(new Rate(2, 3), rates.BatchStart);
        Assert.Equal(new Rate(1, 2), rates.BatchProduction);
    }

    [Fact]
    public void Seed_eight_periods_all_started_and_producing_is_one_hundred_percent()
    {
        var rates = ProjectRates.Compute([P(Started, BatchKind.Starting), P(InProduction, BatchKind.Starting), P(InProduction, BatchKind.Production)]);
        Assert.Equal(1m, rates.BatchStart.Value);
        Assert.Equal(1m, rates.BatchProduction.Value);
    }

    [Fact]
    public void Out_of_province_funds_are_summed_apart()
    {
        var rates = ProjectRates.Compute([P(Signed, funds: 30000, outside: true), P(Started, funds: 29800, outside: true), P(Started, funds: 5000), P(Dropped, funds: 100, outside: true)]);
        Assert.Equal(59800, rates.OutOfProvinceFunds);
    }

    [Fact]
    public void An_empty_base_has_no_rate() => Assert.Null(ProjectRates.Compute([]).BatchStart.Value);
}

public class RatingAggregationTests
{
    private static readonly RatingCriterion[] Criteria =
    [
        new("progress", "形象进度", 40), new("investment", "投资完成", 30), new("quality", "质量安全", 20), new("service", "要素保障", 10),
    ];

    [Fact]
    public void Averages_per_criterion_are_scaled_to_weights_and_summed()
    {
        var ranked = RatingAggregation.Rank(Criteria,
        [
            new("A", "progress", 90), new("A", "progress", 80), new("A", "investment", 100), new("A", "quality", 70), new("A", "service", 50),
        ]);
        var a = Assert.Single(ranked);
        Assert.Equal(85, a.Criteria[0].AverageScore);
        Assert.Equal(34, a.Criteria[0].Points);   // 85/100 × 40
        Assert.Equal(2, a.Criteria[0].Samples);
        Assert.Equal(30, a.Criteria[1].Points);
        Assert.Equal(14, a.Criteria[2].Points);
        Assert.Equal(5, a.Criteria[3].Points);
        Assert.Equal(83, a.Total);
        Assert.Empty(a.Missing);
    }

    [Fact]
    public void Weights_decide_the_order()
    {
        // B is better on the heavy criterion, C on the light one.
        var ranked = RatingAggregation.Rank(Criteria, [new("B", "progress", 100), new("C", "service", 100)]);
        Assert.Equal(["B", "C"], ranked.Select(r => r.Subject));
        Assert.Equal(40, ranked[0].Total);
        Assert.Equal(10, ranked[1].Total);
    }

    [Fact]
    public void Equal_totals_share_a_rank_and_the_next_skips()
    {
        var ranked = RatingAggregation.Rank(Criteria, [new("X", "progress", 50), new("Y", "progress", 50), new("Z", "progress", 10)]);
        Assert.Equal([1, 1, 3], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void A_subject_without_scores_is_ranked_last_with_every_criterion_missing()
    {
        var ranked = RatingAggregation.Rank(Criteria, [new("A", "progress", 60)], subjects: ["A", "Idle"]);
        var idle = ranked.Single(r => r.Subject == "Idle");
        Assert.Equal(2, idle.Rank);
        Assert.Equal(0, idle.Total);
        Assert.Equal(Criteria.Select(c => c.Code), idle.Missing);
        Assert.Equal(["investment", "quality", "service"], ranked[0].Missing);
    }

    [Fact]
    public void Scores_beyond_the_scale_are_clamped_and_unknown_criteria_ignored()
    {
        var a = RatingAggregation.Rank(Criteria, [new("A", "progress", 150), new("A", "beauty", 100)]).Single();
        Assert.Equal(40, a.Total);
    }

    [Fact]
    public void Relative_scores_put_the_best_at_one_hundred()
    {
        var scores = RatingAggregation.RelativeToBest([("Z1", "signing", 511300m), ("Z2", "signing", 255650m), ("Z3", "signing", 0m)]).ToList();
        Assert.Equal([100m, 50m, 0m], scores.Select(s => s.Score));
    }

    [Fact]
    public void The_shipped_rules_weigh_one_hundred_and_cite_their_source()
    {
        var rules = RatingRules.Default;
        Assert.Equal(100, rules.Tour.Criteria.Sum(c => c.Weight));
        Assert.Equal(100, rules.ZoneEvaluation.Criteria.Sum(c => c.Weight));
        Assert.Equal(2022, rules.ZoneEvaluation.Year);
        Assert.StartsWith("https://", rules.ZoneEvaluation.Source);
        Assert.False(rules.Tour.Verified);
    }

    [Theory]
    [InlineData("2026-01-01", 1)]
    [InlineData("2026-03-31", 1)]
    [InlineData("2026-04-01", 2)]
    [InlineData("2026-12-31", 4)]
    public void Quarters(string day, int number)
    {
        var q = Quarter.Of(DateOnly.Parse(day));
        Assert.Equal(number, q.Number);
        Assert.True(q.Contains(DateOnly.Parse(day)));
        Assert.False(q.Contains(q.End.AddDays(1)));
    }
}
