namespace Torchbase.Domain.Contest;

public sealed record AspectRule(string Code, string Name, decimal MaxScore, decimal Weight);

public enum TieBreakKind { Aspect, DrawOrder }

/// <summary>A tie-breaker: the higher average of one aspect, or the earlier drawn position.</summary>
public sealed record TieBreaker(TieBreakKind Kind, string? AspectCode = null)
{
    public override string ToString() => Kind == TieBreakKind.Aspect ? $"aspect:{AspectCode}" : "draw";

    /// <summary>"aspect:RESULTS,draw" → [Aspect RESULTS, DrawOrder]; null when a part is not understood.</summary>
    public static IReadOnlyList<TieBreaker>? ParseList(string? text)
    {
        var list = new List<TieBreaker>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part == "draw") list.Add(new TieBreaker(TieBreakKind.DrawOrder));
            else if (part.StartsWith("aspect:", StringComparison.Ordinal) && part.Length > 7) list.Add(new TieBreaker(TieBreakKind.Aspect, part[7..]));
            else return null;
        }
        return list;
    }
}

public sealed record PrizeLevel(string Name, int Count, decimal AmountWan);

/// <param name="TrimEach">Sheets dropped at each end by <see cref="ScoringMethod.TrimmedMean"/>.</param>
/// <param name="Decimals">Scores are published (and ties judged) at this many decimals.</param>
public sealed record ScoringRules(
    ScoringMethod Method, int TrimEach, IReadOnlyList<AspectRule> Aspects, IReadOnlyList<TieBreaker> TieBreakers, int Decimals = 2);

/// <param name="HeadUserId">The unit's head: on the panel, but never scores the unit.</param>
/// <param name="ConflictedJudges">Further judges with a declared conflict of interest (a competition's judge who advised the entrant).</param>
public sealed record UnitEntry(Guid UnitId, string Name, int? DrawPosition, Guid? HeadUserId, IReadOnlyCollection<Guid>? ConflictedJudges = null)
{
    /// <summary>Whether the judge's sheet for this unit is excluded for a conflict of interest.</summary>
    public bool ConflictsWith(Guid judgeId) => judgeId == HeadUserId || ConflictedJudges?.Contains(judgeId) == true;
}

/// <summary>A submitted sheet: raw scores per aspect code.</summary>
public sealed record SubmittedSheet(Guid JudgeId, Guid UnitId, IReadOnlyDictionary<string, decimal> Scores);

public sealed record CategoryInput(string Name, IReadOnlyList<UnitEntry> Units, IReadOnlyList<PrizeLevel> Prizes);

public enum ExclusionReason { ConflictOfInterest, NotOnPanel, Incomplete, OutOfRange }

public sealed record SheetExclusion(Guid JudgeId, ExclusionReason Reason);

public enum ResultFlag
{
    /// <summary>Fewer sheets than eligible judges: the score is the aggregate of the sheets present.</summary>
    MissingSheets,
    /// <summary>No sheet at all: not ranked, no prize.</summary>
    NoSheets,
    /// <summary>Trimmed mean asked for, but too few sheets to drop any: plain mean used.</summary>
    TrimSkipped,
    /// <summary>Tied on the published score with a neighbour; a tie-breaker decided (see TieBrokenBy).</summary>
    TieBroken,
    /// <summary>Tied on score and on every tie-breaker: the rank is shared.</summary>
    TieShared,
    /// <summary>A shared rank straddles the last place of a prize: every tied unit gets it, so more prizes than planned.</summary>
    TiedAtPrizeBoundary,
}

public sealed record AspectAverage(string Code, decimal Average);

/// <summary>One unit's line of the results, explaining itself: which sheets counted, which were dropped and why.</summary>
public sealed record UnitResult(
    Guid UnitId, string Name, int? DrawPosition, int? Rank, decimal? Score, IReadOnlyList<AspectAverage> Aspects,
    int SheetsCounted, int SheetsTrimmed, int SheetsExpected, IReadOnlyList<SheetExclusion> Excluded,
    IReadOnlyList<ResultFlag> Flags, string? TieBrokenBy, string? Prize, decimal? PrizeAmountWan);

public sealed record CategoryResult(string Name, IReadOnlyList<UnitResult> Units, int PrizesAwarded, int PrizesPlanned, decimal FundsWan);
