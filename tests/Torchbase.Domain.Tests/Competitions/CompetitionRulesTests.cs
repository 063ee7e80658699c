using Torchbase.Domain.Competitions;
using Torchbase.Domain.Contest;

namespace Torchbase.Domain.Tests.Competitions;

public class CompetitionRulesTests
{
    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");
    private static Guid Judge(int n) => Id(1000 + n);
    private static readonly Guid[] Panel = [Judge(1), Judge(2), Judge(3), Judge(4), Judge(5)];
    private static readonly PrizeLevel[] Prizes = [new("一等奖", 1, 50), new("二等奖", 2, 20)];

    /// <summary>"1:80,82,90,70,85" → entrant 1 scored by judges 1..5; a judge's score left out with "-".</summary>
    private static (CompetitionRules.Entry[] Entries, CompetitionRules.Mark[] Marks) Parse(string[] lines, int conflictEntrant = 0, int conflictJudge = 0)
    {
        var entries = new List<CompetitionRules.Entry>();
        var marks = new List<CompetitionRules.Mark>();
        foreach (var line in lines)
        {
            var parts = line.Split(':');
            var entrant = int.Parse(parts[0]);
            entries.Add(new(Id(entrant), $"参赛项目{entrant}", entrant == conflictEntrant ? [Judge(conflictJudge)] : []));
            var scores = parts[1].Split(',');
            for (var j = 0; j < scores.Length; j++)
                if (scores[j] != "-") marks.Add(new(Judge(j + 1), Id(entrant), decimal.Parse(scores[j])));
        }
        return (entries.ToArray(), marks.ToArray());
    }

    private static CategoryResult Rank(string[] lines, int conflictEntrant = 0, int conflictJudge = 0)
    {
        var (entries, marks) = Parse(lines, conflictEntrant, conflictJudge);
        return CompetitionRules.Rank("决赛", entries, Panel, marks, Prizes);
    }

    [Theory]
    // entrant:scores of judges 1..5 → "entrant rank" in ranking order
    [InlineData(new[] { "1:80,80,80,80,80", "2:90,90,90,90,90", "3:70,70,70,70,70" }, "2 1,1 2,3 3")]
    // Trimmed mean: entrant 1's outlier 10 is dropped, so it beats entrant 2 (mean 84 vs trimmed 85).
    [InlineData(new[] { "1:10,85,85,85,100", "2:84,84,84,84,84" }, "1 1,2 2")]
    // Equal published scores share a rank and the next rank is skipped (1, 1, 3).
    [InlineData(new[] { "1:88,88,88,88,88", "2:88,88,88,88,88", "3:80,80,80,80,80" }, "1 1,2 1,3 3")]
    // Scores equal once rounded to two decimals tie as well.
    [InlineData(new[] { "1:88.001,88,88,88,88", "2:88,88,88,88,88" }, "1 1,2 1")]
    public void Ranks_with_trimmed_mean_and_shared_ranks(string[] lines, string expected)
    {
        var result = Rank(lines);
        Assert.Equal(expected, string.Join(",", result.Units.Select(u => $"{u.UnitId.ToString()[^1]} {u.Rank}")));
    }

    [Theory]
    // Judge 5 declared a conflict with entrant 1: the 100 is not counted; the four left are trimmed to 80, 80 → 80.
    [InlineData(5, 80.0, 2, 4)]
    // Without the conflict the five sheets trim to 80, 80, 90 → 83.33.
    [InlineData(0, 83.33, 3, 5)]
    public void A_declared_conflict_excludes_the_judges_sheet(int conflictJudge, double score, int counted, int expectedSheets)
    {
        var result = Rank(["1:70,80,80,90,100"], conflictEntrant: conflictJudge == 0 ? 0 : 1, conflictJudge: conflictJudge);
        var line = result.Units.Single();
        Assert.Equal((decimal)score, Math.Round(line.Score!.Value, 2));
        Assert.Equal(counted, line.SheetsCounted);
        Assert.Equal(expectedSheets, line.SheetsExpected);
        Assert.Equal(conflictJudge != 0, line.Excluded.Any(e => e.JudgeId == Judge(conflictJudge) && e.Reason == ExclusionReason.ConflictOfInterest));
    }

    [Theory]
    // places → entrants going on; a tie on the last place takes both tied entrants; an entrant with no sheet never goes on.
    [InlineData(1, "2")]
    [InlineData(2, "2,1,3")]
    [InlineData(3, "2,1,3")]
    [InlineData(4, "2,1,3,4")]
    [InlineData(9, "2,1,3,4")]
    public void Advancement_takes_ties_on_the_last_place(int places, string expected)
    {
        var result = Rank(["1:85,85,85,85,85", "2:95,95,95,95,95", "3:85,85,85,85,85", "4:60,60,60,60,60", "5:-,-,-,-,-"]);
        Assert.Equal(expected, string.Join(",", CompetitionRules.Advancing(result, places).Select(id => id.ToString()[^1])));
    }

    [Fact]
    public void The_last_round_awards_the_tiers_in_rank_order()
    {
        var result = Rank(["1:85,85,85,85,85", "2:95,95,95,95,95", "3:75,75,75,75,75", "4:60,60,60,60,60"]);
        Assert.Equal(["一等奖", "二等奖", "二等奖", null], result.Units.Select(u => u.Prize));
        Assert.Equal(90m, result.FundsWan);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(87.25, true)]
    [InlineData(-0.5, false)]
    [InlineData(100.01, false)]
    [InlineData(87.125, false)]
    public void A_score_is_0_to_100_with_two_decimals(double score, bool valid) => Assert.Equal(valid, CompetitionRules.ValidScore((decimal)score));

    [Theory]
    // entrants as "matched/signed/award" (award level 0 = none) → entrants, matched, signed 万元, awarded, prize money 万元
    [InlineData(new[] { "n/0/0", "m/100/1", "m/250.5/2", "n/0/2", "m/0/0" }, 5, 3, 350.5, 3, 90)]
    [InlineData(new[] { "n/0/0" }, 1, 0, 0, 0, 0)]
    // An award level that is not a tier of the competition brings no money and is not counted.
    [InlineData(new[] { "n/0/9", "m/10/0" }, 2, 1, 10, 0, 0)]
    public void Competition_statistics_sum_the_records(string[] rows, int entrants, int matched, double signed, int awarded, double money)
    {
        var prizes = new List<CompetitionPrize>
        {
            new() { Level = 1, Name = "一等奖", Count = 1, AmountWan = 50 }, new() { Level = 2, Name = "二等奖", Count = 2, AmountWan = 20 },
        };
        var list = rows.Select(r => r.Split('/')).Select(p => new CompetitionEntrant
        {
            EntrantName = "队", ProjectTitle = "项目", Matched = p[0] == "m", SignedAmountWan = decimal.Parse(p[1]),
            AwardLevel = p[2] == "0" ? null : int.Parse(p[2]),
        }).ToList();
        var stats = CompetitionStatistics.Of(list, prizes);
        Assert.Equal(new CompetitionStatistics(entrants, matched, (decimal)signed, awarded, (decimal)money, 0), stats);
    }

    [Theory]
    [InlineData(304, 42, new[] { 1000.0, 250.5, 0 }, 126, 1250.5)]
    [InlineData(0, 0, new double[0], 0, 0)]
    public void Event_statistics_sum_the_records(int achievements, int attending, double[] amounts, int intents, double total)
    {
        var signings = amounts.Select((a, i) => new EventSigning
        {
            Title = "签约", Parties = "甲/乙", AmountWan = (decimal)a, ProjectId = i == 0 ? Guid.NewGuid() : null,
        }).ToList();
        var stats = EventStatistics.Of(achievements, attending, signings, intents);
        Assert.Equal(new EventStatistics(achievements, attending, amounts.Length, (decimal)total, intents, amounts.Length > 0 ? 1 : 0), stats);
    }
}
