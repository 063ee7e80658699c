using Torchbase.Domain.Contest;

namespace Torchbase.Domain.Competitions;

/// <summary>
/// A competition's rules on top of the unit contest's scoring (<see cref="ContestScoring"/>): one score out of 100 per judge,
/// the trimmed mean (the highest and the lowest sheet dropped once more than two count), a declared conflict excludes the
/// judge's sheet, ties share a rank. Who goes on to the next round and who wins which prize come from that ranking.
/// </summary>
public static class CompetitionRules
{
    public const decimal MaxScore = 100;
    public const string Aspect = "TOTAL";

    public static readonly ScoringRules Scoring = new(ScoringMethod.TrimmedMean, 1, [new AspectRule(Aspect, "总分", MaxScore, 1)], []);

    /// <summary>An entrant as the ranking sees it.</summary>
    public sealed record Entry(Guid Id, string Name, IReadOnlyCollection<Guid> ConflictedJudges);

    /// <summary>One judge's score for one entrant.</summary>
    public sealed record Mark(Guid JudgeId, Guid EntrantId, decimal Score);

    /// <summary>Ranks the entrants of a round; the prizes are given only when ranking the last round.</summary>
    public static CategoryResult Rank(string round, IEnumerable<Entry> entrants, IReadOnlyCollection<Guid> panel, IEnumerable<Mark> marks,
        IReadOnlyList<PrizeLevel> prizes)
    {
        var units = entrants.Select(e => new UnitEntry(e.Id, e.Name, null, null, e.ConflictedJudges)).ToList();
        var sheets = marks.Select(m => new SubmittedSheet(m.JudgeId, m.EntrantId, new Dictionary<string, decimal> { [Aspect] = m.Score }));
        return ContestScoring.RankCategory(Scoring, new CategoryInput(round, units, prizes), panel, sheets);
    }

    /// <summary>
    /// The entrants that go on from a ranked round: those ranked within <paramref name="places"/>; a tie on the last place takes
    /// every tied entrant on (never drops one of two equal scores at random). Unranked entrants (no sheet) do not go on.
    /// </summary>
    public static IReadOnlyList<Guid> Advancing(CategoryResult ranking, int places) =>
        ranking.Units.Where(u => u.Rank is { } r && r <= places).Select(u => u.UnitId).ToList();

    /// <summary>Whether a score is one a sheet may carry: 0 to 100, at most two decimals.</summary>
    public static bool ValidScore(decimal score) => score is >= 0 and <= MaxScore && decimal.Round(score, 2) == score;
}

/// <summary>What the zone reports of a competition: entrants, matched (对接合作), amount signed and prize money, 万元.</summary>
public sealed record CompetitionStatistics(int Entrants, int Matched, decimal SignedAmountWan, int Awarded, decimal PrizeMoneyWan, int Projects)
{
    public static CompetitionStatistics Of(IReadOnlyCollection<CompetitionEntrant> entrants, IReadOnlyCollection<CompetitionPrize> prizes)
    {
        var amount = prizes.ToDictionary(p => p.Level, p => p.AmountWan);
        var awarded = entrants.Where(e => e.AwardLevel is { } l && amount.ContainsKey(l)).ToList();
        return new CompetitionStatistics(entrants.Count, entrants.Count(e => e.Matched), entrants.Where(e => e.Matched).Sum(e => e.SignedAmountWan ?? 0),
            awarded.Count, awarded.Sum(e => amount[e.AwardLevel!.Value]), entrants.Count(e => e.ProjectId is not null));
    }
}

/// <summary>What the zone reports of an event: achievements published, enterprises attending, on-site signings and their amount, intents.</summary>
public sealed record EventStatistics(int Achievements, int Attending, int Signings, decimal SignedAmountWan, int Intents, int Projects)
{
    public static EventStatistics Of(int achievements, int attending, IReadOnlyCollection<EventSigning> signings, int intents) =>
        new(achievements, attending, signings.Count, signings.Sum(s => s.AmountWan), intents, signings.Count(s => s.ProjectId is not null));
}
