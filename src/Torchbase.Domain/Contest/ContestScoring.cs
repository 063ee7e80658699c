namespace Torchbase.Domain.Contest;

/// <summary>
/// Ranks one category and allocates its prizes. The rules, in order:
/// 1. A sheet counts only if its judge is on the panel, is not the unit's head nor a judge with a declared conflict, scores every aspect,
///    and keeps every score within 0..MaxScore; anything else is listed as excluded with the reason.
/// 2. A sheet's total is Σ weight × score. The unit's score is the mean of its sheets' totals; with the trimmed mean the
///    TrimEach highest and lowest totals are dropped first — only if more than 2 × TrimEach sheets remain, else plain mean (flagged).
/// 3. Missing sheets (fewer than the eligible judges) do not count as zero: the score is the aggregate of the sheets present,
///    flagged; a unit with no sheet is not ranked.
/// 4. Units are ordered by the published score (rounded to Decimals), then by the tie-breakers in order; units equal on all
///    share a rank (1, 2, 2, 4).
/// 5. Prize levels cover cumulative ranks (1 first prize, 2 second prizes → ranks 1, 2–3). A shared rank that reaches into a
///    prize gets it for every tied unit, flagged, so a tie at the boundary can award more prizes than planned.
/// </summary>
public static class ContestScoring
{
    public static CategoryResult RankCategory(ScoringRules rules, CategoryInput category, IReadOnlyCollection<Guid> panel, IEnumerable<SubmittedSheet> sheets)
    {
        var byUnit = sheets.ToLookup(s => s.UnitId);
        var judges = panel.ToHashSet();
        var scored = category.Units.Select(u => Score(rules, u, judges, byUnit[u.UnitId].ToList())).ToList();

        var ranked = scored.Where(s => s.Score is not null).ToList();
        // Units equal on everything share a rank; among them the list is ordered by name only so that it reads the same every time.
        ranked.Sort((a, b) => Compare(rules, a, b).Order is var order && order != 0 ? order : string.CompareOrdinal(a.Unit.Name, b.Unit.Name));
        var lines = new List<UnitResult>();
        for (var i = 0; i < ranked.Count; i++)
        {
            var current = ranked[i];
            var above = i > 0 ? Compare(rules, ranked[i - 1], current) : default;
            var below = i < ranked.Count - 1 ? Compare(rules, current, ranked[i + 1]) : default;
            var rank = i > 0 && above.Order == 0 ? lines[i - 1].Rank : i + 1;
            var flags = current.Flags.ToList();
            if (above.Order == 0 && i > 0 || below.Order == 0 && i < ranked.Count - 1) flags.Add(ResultFlag.TieShared);
            else if (above.DecidedBy is not null || below.DecidedBy is not null) flags.Add(ResultFlag.TieBroken);
            lines.Add(current.ToResult(rank, flags, above.DecidedBy ?? below.DecidedBy));
        }
        lines = AwardPrizes(lines, category.Prizes);
        lines.AddRange(scored.Where(s => s.Score is null).OrderBy(s => s.Unit.DrawPosition ?? int.MaxValue)
            .Select(s => s.ToResult(null, s.Flags, null)));
        var planned = category.Prizes.Sum(p => p.Count);
        return new CategoryResult(category.Name, lines, lines.Count(l => l.Prize is not null), planned, lines.Sum(l => l.PrizeAmountWan ?? 0));
    }

    private static List<UnitResult> AwardPrizes(List<UnitResult> lines, IReadOnlyList<PrizeLevel> prizes)
    {
        var result = new List<UnitResult>(lines.Count);
        foreach (var line in lines)
        {
            var groupSize = lines.Count(l => l.Rank == line.Rank);
            var covered = 0;
            UnitResult awarded = line;
            foreach (var prize in prizes)
            {
                covered += prize.Count;
                if (line.Rank > covered) continue;
                var flags = line.Rank + groupSize - 1 > covered ? [.. line.Flags, ResultFlag.TiedAtPrizeBoundary] : line.Flags;
                awarded = line with { Prize = prize.Name, PrizeAmountWan = prize.AmountWan, Flags = flags };
                break;
            }
            result.Add(awarded);
        }
        return result;
    }

    private readonly record struct Comparison(int Order, string? DecidedBy);

    /// <summary>Negative when a ranks above b; DecidedBy names the tie-breaker when the published scores were equal.</summary>
    private static Comparison Compare(ScoringRules rules, Scored a, Scored b)
    {
        var byScore = Round(rules, b.Score!.Value).CompareTo(Round(rules, a.Score!.Value));
        if (byScore != 0) return new Comparison(byScore, null);
        foreach (var breaker in rules.TieBreakers)
        {
            var order = breaker.Kind switch
            {
                TieBreakKind.Aspect => Round(rules, b.AspectOf(breaker.AspectCode!)).CompareTo(Round(rules, a.AspectOf(breaker.AspectCode!))),
                _ => (a.Unit.DrawPosition ?? int.MaxValue).CompareTo(b.Unit.DrawPosition ?? int.MaxValue),
            };
            if (order != 0) return new Comparison(order, breaker.ToString());
        }
        return new Comparison(0, null);
    }

    private static decimal Round(ScoringRules rules, decimal value) => Math.Round(value, rules.Decimals, MidpointRounding.AwayFromZero);

    private static Scored Score(ScoringRules rules, UnitEntry unit, IReadOnlyCollection<Guid> panel, List<SubmittedSheet> sheets)
    {
        var excluded = new List<SheetExclusion>();
        var valid = new List<(SubmittedSheet Sheet, decimal Total)>();
        foreach (var sheet in sheets)
        {
            var reason = Check(rules, unit, panel, sheet);
            if (reason is { } r) excluded.Add(new SheetExclusion(sheet.JudgeId, r));
            else valid.Add((sheet, rules.Aspects.Sum(a => a.Weight * sheet.Scores[a.Code])));
        }
        var expected = panel.Count(j => !unit.ConflictsWith(j));
        var flags = new List<ResultFlag>();
        if (valid.Count == 0) return new Scored(unit, null, [], 0, 0, expected, excluded, [ResultFlag.NoSheets]);
        if (valid.Count < expected) flags.Add(ResultFlag.MissingSheets);

        var kept = valid;
        if (rules.Method == ScoringMethod.TrimmedMean && rules.TrimEach > 0)
        {
            if (valid.Count > 2 * rules.TrimEach)
                // Ordered by total, then judge, so which of two equal sheets is dropped never depends on arrival order.
                kept = valid.OrderBy(v => v.Total).ThenBy(v => v.Sheet.JudgeId).Skip(rules.TrimEach).Take(valid.Count - 2 * rules.TrimEach).ToList();
            else flags.Add(ResultFlag.TrimSkipped);
        }
        var score = kept.Average(k => k.Total);
        var aspects = rules.Aspects.Select(a => new AspectAverage(a.Code, kept.Average(k => k.Sheet.Scores[a.Code]))).ToList();
        return new Scored(unit, score, aspects, kept.Count, valid.Count - kept.Count, expected, excluded, flags);
    }

    private static ExclusionReason? Check(ScoringRules rules, UnitEntry unit, IReadOnlyCollection<Guid> panel, SubmittedSheet sheet)
    {
        if (!panel.Contains(sheet.JudgeId)) return ExclusionReason.NotOnPanel;
        if (unit.ConflictsWith(sheet.JudgeId)) return ExclusionReason.ConflictOfInterest;
        if (rules.Aspects.Any(a => !sheet.Scores.ContainsKey(a.Code))) return ExclusionReason.Incomplete;
        if (rules.Aspects.Any(a => sheet.Scores[a.Code] < 0 || sheet.Scores[a.Code] > a.MaxScore)) return ExclusionReason.OutOfRange;
        return null;
    }

    private sealed record Scored(
        UnitEntry Unit, decimal? Score, IReadOnlyList<AspectAverage> Aspects, int Counted, int Trimmed, int Expected,
        IReadOnlyList<SheetExclusion> Excluded, IReadOnlyList<ResultFlag> Flags)
    {
        public decimal AspectOf(string code) => Aspects.FirstOrDefault(a => a.Code == code)?.Average ?? 0;

        public UnitResult ToResult(int? rank, IReadOnlyList<ResultFlag> flags, string? tieBrokenBy) => new(
            Unit.UnitId, Unit.Name, Unit.DrawPosition, rank, Score, Aspects, Counted, Trimmed, Expected, Excluded, flags, tieBrokenBy, null, null);
    }
}
