using Torchbase.Domain.Contest;

namespace Torchbase.Domain.Tests.Contest;

/// <summary>Two aspects keep the arithmetic readable: A out of 60 (weight 1), B out of 40 (weight 1).</summary>
public class ContestScoringTests
{
    private static readonly AspectRule[] Aspects = [new("A", "工作实绩", 60, 1), new("B", "党建", 40, 1)];
    private static readonly PrizeLevel[] SeedPrizes = [new("一等奖", 1, 5), new("二等奖", 2, 3)];

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");
    private static Guid Judge(int n) => Id(1000 + n);

    private static ScoringRules Rules(ScoringMethod method = ScoringMethod.Mean, string tieBreakers = "aspect:A,draw", int trim = 1) =>
        new(method, trim, Aspects, TieBreaker.ParseList(tieBreakers)!);

    private static SubmittedSheet Sheet(int judge, int unit, decimal a, decimal b) =>
        new(Judge(judge), Id(unit), new Dictionary<string, decimal> { ["A"] = a, ["B"] = b });

    private static UnitEntry Unit(int n, int? draw = null, int? head = null) => new(Id(n), $"单位{n}", draw ?? n, head is null ? null : Judge(head.Value));

    private static Guid[] Panel(int count) => Enumerable.Range(1, count).Select(Judge).ToArray();

    private static CategoryResult Rank(ScoringRules rules, UnitEntry[] units, Guid[] panel, params SubmittedSheet[] sheets) =>
        ContestScoring.RankCategory(rules, new CategoryInput("发展类", units, SeedPrizes), panel, sheets);

    private static UnitResult Line(CategoryResult result, int unit) => result.Units.Single(u => u.UnitId == Id(unit));

    [Theory]
    // totals of five sheets → mean, trimmed mean (drop highest and lowest)
    [InlineData(ScoringMethod.Mean, new[] { 70, 80, 90, 85, 100 }, 85.0, 5, 0)]
    [InlineData(ScoringMethod.TrimmedMean, new[] { 70, 80, 90, 85, 100 }, 85.0, 3, 2)]
    [InlineData(ScoringMethod.TrimmedMean, new[] { 10, 80, 90, 85, 100 }, 85.0, 3, 2)]
    [InlineData(ScoringMethod.Mean, new[] { 10, 80, 90, 85, 100 }, 73.0, 5, 0)]
    [InlineData(ScoringMethod.TrimmedMean, new[] { 80, 80, 80 }, 80.0, 1, 2)]
    public void Aggregates_sheet_totals(ScoringMethod method, int[] totals, double expected, int counted, int trimmed)
    {
        // Each sheet puts its total into aspect A (≤ 60) and the rest into B.
        var sheets = totals.Select((t, i) => Sheet(i + 1, 1, Math.Min(60, t), t - Math.Min(60, t))).ToArray();
        var line = Line(Rank(Rules(method), [Unit(1)], Panel(totals.Length), sheets), 1);
        Assert.Equal((decimal)expected, line.Score);
        Assert.Equal(counted, line.SheetsCounted);
        Assert.Equal(trimmed, line.SheetsTrimmed);
        Assert.DoesNotContain(ResultFlag.TrimSkipped, line.Flags);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(4, 2)]
    public void Trimming_is_skipped_when_it_would_leave_nothing_to_average(int sheets, int trimEach)
    {
        var line = Line(Rank(Rules(ScoringMethod.TrimmedMean, trim: trimEach), [Unit(1)], Panel(sheets),
            Enumerable.Range(1, sheets).Select(j => Sheet(j, 1, 50, 10 * j % 40)).ToArray()), 1);
        Assert.Equal(sheets, line.SheetsCounted);
        Assert.Contains(ResultFlag.TrimSkipped, line.Flags);
    }

    [Fact]
    public void Weights_multiply_each_aspect()
    {
        var rules = new ScoringRules(ScoringMethod.Mean, 0, [new("A", "工作实绩", 60, 2), new("B", "绿色发展", 40, 0.5m)], []);
        var line = Line(Rank(rules, [Unit(1)], Panel(1), Sheet(1, 1, 50, 20)), 1);
        Assert.Equal(110m, line.Score);
    }

    [Fact]
    public void A_missing_sheet_is_not_a_zero_the_unit_keeps_the_mean_of_the_sheets_present_and_is_flagged()
    {
        var result = Rank(Rules(), [Unit(1), Unit(2)], Panel(3),
            Sheet(1, 1, 50, 30), Sheet(2, 1, 50, 30), Sheet(3, 1, 50, 30),
            Sheet(1, 2, 55, 35), Sheet(2, 2, 55, 35));
        var short2 = Line(result, 2);
        Assert.Equal(90m, short2.Score);
        Assert.Equal((2, 3), (short2.SheetsCounted, short2.SheetsExpected));
        Assert.Contains(ResultFlag.MissingSheets, short2.Flags);
        Assert.Equal(1, short2.Rank);
        Assert.DoesNotContain(ResultFlag.MissingSheets, Line(result, 1).Flags);
    }

    [Fact]
    public void A_unit_without_sheets_is_listed_last_unranked_and_without_prize()
    {
        var result = Rank(Rules(), [Unit(1), Unit(2)], Panel(2), Sheet(1, 1, 10, 10));
        Assert.Equal(Id(2), result.Units[^1].UnitId);
        Assert.Null(Line(result, 2).Rank);
        Assert.Null(Line(result, 2).Prize);
        Assert.Contains(ResultFlag.NoSheets, Line(result, 2).Flags);
        Assert.Equal("一等奖", Line(result, 1).Prize);
    }

    [Fact]
    public void The_head_of_a_unit_does_not_score_it_a_sheet_they_send_is_excluded_and_not_expected()
    {
        var result = Rank(Rules(), [Unit(1, head: 3)], Panel(3),
            Sheet(1, 1, 40, 20), Sheet(2, 1, 40, 20), Sheet(3, 1, 60, 40));
        var line = Line(result, 1);
        Assert.Equal(60m, line.Score);
        Assert.Equal((2, 2), (line.SheetsCounted, line.SheetsExpected));
        Assert.Equal([new SheetExclusion(Judge(3), ExclusionReason.ConflictOfInterest)], line.Excluded);
        Assert.DoesNotContain(ResultFlag.MissingSheets, line.Flags);
    }

    [Theory]
    [InlineData(61, 10, ExclusionReason.OutOfRange)]
    [InlineData(-1, 10, ExclusionReason.OutOfRange)]
    public void Sheets_off_the_scale_are_excluded(decimal a, decimal b, ExclusionReason reason)
    {
        var line = Line(Rank(Rules(), [Unit(1)], Panel(2), Sheet(1, 1, a, b), Sheet(2, 1, 60, 40)), 1);
        Assert.Equal([new SheetExclusion(Judge(1), reason)], line.Excluded);
        Assert.Equal(100m, line.Score);
    }

    [Fact]
    public void Sheets_from_outside_the_panel_or_incomplete_are_excluded()
    {
        var incomplete = new SubmittedSheet(Judge(2), Id(1), new Dictionary<string, decimal> { ["A"] = 10 });
        var line = Line(Rank(Rules(), [Unit(1)], Panel(2), Sheet(9, 1, 1, 1), incomplete, Sheet(1, 1, 30, 30)), 1);
        Assert.Equal([ExclusionReason.NotOnPanel, ExclusionReason.Incomplete], line.Excluded.Select(e => e.Reason));
        Assert.Equal(60m, line.Score);
    }

    [Theory]
    // Units 1 and 2 both total 80; unit 1 has A 50, unit 2 has A 40. Unit 1 drew 2nd, unit 2 drew 1st.
    [InlineData("aspect:A,draw", 1, "aspect:A")]
    [InlineData("draw", 2, "draw")]
    [InlineData("aspect:B", 2, "aspect:B")]
    public void Ties_on_score_are_broken_in_the_configured_order(string breakers, int winner, string decidedBy)
    {
        var result = Rank(Rules(tieBreakers: breakers), [Unit(1, draw: 2), Unit(2, draw: 1)], Panel(1),
            Sheet(1, 1, 50, 30), Sheet(1, 2, 40, 40));
        Assert.Equal(Id(winner), result.Units[0].UnitId);
        Assert.Equal([1, 2], result.Units.Select(u => u.Rank!.Value));
        Assert.All(result.Units, u => Assert.Equal(decidedBy, u.TieBrokenBy));
        Assert.All(result.Units, u => Assert.Contains(ResultFlag.TieBroken, u.Flags));
    }

    [Fact]
    public void Ties_are_judged_on_the_published_score_rounded_to_two_decimals()
    {
        // 80.001 and 80.004 both publish as 80.00: the tie-breaker (draw) decides, not the invisible third decimal.
        var result = Rank(Rules(tieBreakers: "draw"), [Unit(1, draw: 2), Unit(2, draw: 1)], Panel(1),
            Sheet(1, 1, 50, 30.004m), Sheet(1, 2, 50, 30.001m));
        Assert.Equal(Id(2), result.Units[0].UnitId);
        Assert.Equal("draw", result.Units[0].TieBrokenBy);
    }

    [Fact]
    public void Units_equal_on_every_breaker_share_the_rank_and_the_next_rank_is_skipped()
    {
        var result = Rank(Rules(tieBreakers: "aspect:A"), [Unit(1), Unit(2), Unit(3), Unit(4)], Panel(1),
            Sheet(1, 1, 60, 40), Sheet(1, 2, 50, 30), Sheet(1, 3, 50, 30), Sheet(1, 4, 10, 10));
        Assert.Equal([1, 2, 2, 4], result.Units.Select(u => u.Rank!.Value));
        Assert.Contains(ResultFlag.TieShared, Line(result, 2).Flags);
        Assert.DoesNotContain(ResultFlag.TieShared, Line(result, 1).Flags);
    }

    [Theory]
    // Scores per unit (one judge, all in A) → expected prize per unit; "-" none. Prizes: 1 × 一等奖, 2 × 二等奖.
    [InlineData(new[] { 90, 80, 70, 60 }, "一等奖,二等奖,二等奖,-", 3)]
    [InlineData(new[] { 90, 90, 70, 60 }, "一等奖,一等奖,二等奖,-", 3)]   // shared first: rank 3 still second prize
    [InlineData(new[] { 90, 80, 70, 70 }, "一等奖,二等奖,二等奖,二等奖", 4)] // tie at the last boundary: both get it
    [InlineData(new[] { 90, 90, 90, 90 }, "一等奖,一等奖,一等奖,一等奖", 4)]
    [InlineData(new[] { 90, 80 }, "一等奖,二等奖", 2)]                     // fewer units than prizes
    public void Prizes_follow_cumulative_ranks_and_ties_at_the_boundary_all_win(int[] scores, string expected, int awarded)
    {
        var units = scores.Select((_, i) => Unit(i + 1, draw: 1)).ToArray(); // same draw: the tie cannot be broken
        var result = Rank(Rules(tieBreakers: ""), units, Panel(1), scores.Select((s, i) => Sheet(1, i + 1, Math.Min(60, s), s - Math.Min(60, s))).ToArray());
        Assert.Equal(expected, string.Join(",", units.Select(u => Line(result, (int)u.UnitId.ToString()[^1] - '0').Prize ?? "-")));
        Assert.Equal(awarded, result.PrizesAwarded);
        Assert.Equal(3, result.PrizesPlanned);
        Assert.Equal(result.Units.Sum(u => u.PrizeAmountWan ?? 0), result.FundsWan);
    }

    [Fact]
    public void A_tie_straddling_the_last_prize_is_flagged()
    {
        var result = Rank(Rules(tieBreakers: ""), [Unit(1), Unit(2), Unit(3), Unit(4)], Panel(1),
            Sheet(1, 1, 60, 30), Sheet(1, 2, 60, 20), Sheet(1, 3, 60, 10), Sheet(1, 4, 60, 10));
        Assert.Contains(ResultFlag.TiedAtPrizeBoundary, Line(result, 3).Flags);
        Assert.Contains(ResultFlag.TiedAtPrizeBoundary, Line(result, 4).Flags);
        Assert.DoesNotContain(ResultFlag.TiedAtPrizeBoundary, Line(result, 2).Flags);
        Assert.Equal(5m + 3m * 3, result.FundsWan);
    }

    [Theory]
    [InlineData("aspect:RESULTS,draw", 2)]
    [InlineData("draw", 1)]
    [InlineData("", 0)]
    public void Tie_breaker_lists_parse(string text, int count) => Assert.Equal(count, TieBreaker.ParseList(text)!.Count);

    [Theory]
    [InlineData("random")]
    [InlineData("aspect:")]
    public void Unknown_tie_breakers_are_refused(string text) => Assert.Null(TieBreaker.ParseList(text));
}
