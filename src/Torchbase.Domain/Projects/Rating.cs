namespace Torchbase.Domain.Projects;

/// <summary>One criterion of a rating: the points it is worth in the total, and the top of the scale it is scored on.</summary>
public sealed record RatingCriterion(string Code, string Name, decimal Weight, decimal MaxScore = 100);

/// <summary>One subject's score on one criterion from one tour (a monthly 观摩) or one indicator value.</summary>
public sealed record CriterionScore(string Subject, string Criterion, decimal Score);

public sealed record CriterionPoints(string Criterion, decimal? AverageScore, decimal Points, decimal Weight, int Samples);

/// <summary>A subject's result: points per criterion (with the samples it rests on), total, rank, and what is missing.</summary>
public sealed record RatedSubject(string Subject, decimal Total, int Rank, IReadOnlyList<CriterionPoints> Criteria, IReadOnlyList<string> Missing);

/// <summary>
/// "季评比": a quarter's monthly tour scores are averaged per criterion, scaled to the criterion's weight
/// (average / max × weight) and summed. A criterion never scored counts 0 and is reported as missing.
/// Ranking is competition style (1, 1, 3): equal totals share a place; the order among them is by subject for stability.
/// </summary>
public static class RatingAggregation
{
    public static IReadOnlyList<RatedSubject> Rank(IReadOnlyList<RatingCriterion> criteria, IEnumerable<CriterionScore> scores,
        IEnumerable<string>? subjects = null)
    {
        if (criteria.Count == 0) throw new ArgumentException("A rating needs at least one criterion.", nameof(criteria));
        var bySubject = scores.Where(s => criteria.Any(c => c.Code == s.Criterion)).GroupBy(s => s.Subject).ToDictionary(g => g.Key, g => g.ToList());
        var all = (subjects ?? []).Concat(bySubject.Keys).Distinct().ToList();

        var rated = all.Select(subject =>
        {
            var own = bySubject.GetValueOrDefault(subject) ?? [];
            var points = criteria.Select(c =>
            {
                var samples = own.Where(s => s.Criterion == c.Code).Select(s => Math.Clamp(s.Score, 0, c.MaxScore)).ToList();
                decimal? average = samples.Count == 0 ? null : samples.Average();
                var earned = average is { } a && c.MaxScore > 0 ? Math.Round(a / c.MaxScore * c.Weight, 2) : 0;
                return new CriterionPoints(c.Code, average is { } v ? Math.Round(v, 2) : null, earned, c.Weight, samples.Count);
            }).ToList();
            var missing = points.Where(p => p.Samples == 0).Select(p => p.Criterion).ToList();
            return (Subject: subject, Total: points.Sum(p => p.Points), Points: points, Missing: missing);
        }).OrderByDescending(r => r.Total).ThenBy(r => r.Subject, StringComparer.Ordinal).ToList();

        var result = new List<RatedSubject>(rated.Count);
        for (var i = 0; i < rated.Count; i++)
        {
            var rank = i > 0 && rated[i].Total == rated[i - 1].Total ? result[i - 1].Rank : i + 1;
            result.Add(new RatedSubject(rated[i].Subject, rated[i].Total, rank, rated[i].Points, rated[i].Missing));
        }
        return result;
    }

    /// <summary>
    /// Indicators of different units (万元, rates) made comparable: each value as a score out of 100 relative to the best
    /// subject (best = 100, zero = 0). Used for the city's comparison of zones, where there are no tour scores.
    /// </summary>
    public static IEnumerable<CriterionScore> RelativeToBest(IEnumerable<(string Subject, string Criterion, decimal Value)> values) =>
        values.GroupBy(v => v.Criterion).SelectMany(g =>
        {
            var best = g.Max(v => v.Value);
            return g.Select(v => new CriterionScore(v.Subject, v.Criterion, best > 0 ? Math.Round(Math.Max(0, v.Value) / best * 100, 2) : 0));
        });
}

/// <summary>A quarter of a year: months 3q-2 .. 3q.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);
    public DateOnly Start => new(Year, Number * 3 - 2, 1);
    public DateOnly End => Start.AddMonths(3).AddDays(-1);
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
