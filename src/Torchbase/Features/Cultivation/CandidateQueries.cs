using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Cultivation;
using Torchbase.Http;

namespace Torchbase.Features.Cultivation;

/// <summary>The pipeline's read side over the stored batch results: funnel counts and candidate lists, filtered and paged in SQL.</summary>
public static class CandidateQueries
{
    public const decimal DefaultMargin = 0.10m;

    public static decimal MarginOf(decimal? margin) => Math.Clamp(margin ?? DefaultMargin, 0m, 1m);

    private static readonly Dictionary<string, Expression<Func<CandidateItem, object?>>> SortKeys = new()
    {
        ["name"] = c => c.Name,
        ["park"] = c => c.ParkName,
        ["score"] = c => (double?)c.Score,
        ["distance"] = c => (double?)c.Distance,
        ["tier"] = c => c.Tier,
    };

    public static async Task<FunnelDto> FunnelAsync(AppDbContext db, decimal margin, DateOnly today, CancellationToken ct)
    {
        var m = (double)margin;
        var groups = await db.CultivationEvaluations.AsNoTracking()
            .GroupBy(s => new { s.Tier, s.Verdict, s.AlreadyHeld, Near = s.Distance != null && (double?)s.Distance <= m })
            .Select(g => new { g.Key.Tier, g.Key.Verdict, g.Key.AlreadyHeld, g.Key.Near, Count = g.Count() })
            .ToListAsync(ct);
        var evaluatedOn = await db.CultivationEvaluations.AsNoTracking().MaxAsync(s => (DateOnly?)s.EvaluatedOn, ct);
        var enterprises = await db.CultivationEvaluations.AsNoTracking().Select(s => s.EnterpriseId).Distinct().CountAsync(ct);
        var used = await db.CultivationEvaluations.AsNoTracking().Select(s => s.RuleSetId).Distinct().ToListAsync(ct);
        var tiers = RuleSets.InForce(evaluatedOn ?? today).Select(r => r.Tier)
            .OrderBy(t => Array.IndexOf(Ladder.Innovation, t) is var i && i >= 0 ? i : 10 + Array.IndexOf(Ladder.Specialisation, t))
            .Select(t =>
            {
                var rows = groups.Where(g => g.Tier == t).ToList();
                return new FunnelTier(t,
                    rows.Where(r => r.AlreadyHeld).Sum(r => r.Count),
                    rows.Where(r => !r.AlreadyHeld && r.Verdict == Verdict.Qualifies).Sum(r => r.Count),
                    rows.Where(r => !r.AlreadyHeld && r.Verdict == Verdict.DoesNotQualify && r.Near).Sum(r => r.Count),
                    rows.Where(r => !r.AlreadyHeld && r.Verdict == Verdict.DoesNotQualify && !r.Near).Sum(r => r.Count),
                    rows.Where(r => !r.AlreadyHeld && r.Verdict == Verdict.MissingData).Sum(r => r.Count));
            }).ToList();
        return new FunnelDto(evaluatedOn, margin, enterprises, tiers,
            used.Order().Select(RuleSetRef.Of).OfType<RuleSetRef>().OrderBy(r => r.Tier).ToList());
    }

    public static IQueryable<CandidateItem> Filter(AppDbContext db, CandidateQuery q)
    {
        var margin = (double)MarginOf(q.Margin);
        var query = db.CultivationEvaluations.AsNoTracking();
        if (q.Tier is { } tier) query = query.Where(s => s.Tier == tier);
        if (q.ParkId is { } park) query = query.Where(s => s.ParkId == park);
        query = q.Band switch
        {
            CandidateBand.Holds => query.Where(s => s.AlreadyHeld),
            CandidateBand.QualifiesNow => query.Where(s => !s.AlreadyHeld && s.Verdict == Verdict.Qualifies),
            CandidateBand.MissingData => query.Where(s => !s.AlreadyHeld && s.Verdict == Verdict.MissingData),
            CandidateBand.WithinReach => query.Where(s => !s.AlreadyHeld && s.Verdict == Verdict.DoesNotQualify && s.Distance != null && (double?)s.Distance <= margin),
            CandidateBand.Far => query.Where(s => !s.AlreadyHeld && s.Verdict == Verdict.DoesNotQualify && (s.Distance == null || (double?)s.Distance > margin)),
            _ => query,
        };
        // Joined through the filtered Enterprises set: a row whose enterprise is out of scope never shows.
        var items = from s in query
                    join e in db.Enterprises on s.EnterpriseId equals e.Id
                    join p in db.Parks on e.ParkId equals p.Id
                    select new CandidateItem
                    {
                        EnterpriseId = e.Id, Name = e.Name, ParkName = p.Name, Tier = s.Tier, Verdict = s.Verdict, AlreadyHeld = s.AlreadyHeld,
                        Score = s.Score, ScoreMax = s.ScoreMax, Distance = s.Distance, Gaps = s.Gaps, EvaluatedOn = s.EvaluatedOn,
                        RuleSetId = s.RuleSetId, InLibrary = db.CultivationEntries.Any(x => x.EnterpriseId == e.Id && x.TargetTier == s.Tier),
                    };
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            items = items.Where(c => c.Name.Contains(term));
        }
        return items.SortBy(q.Sort, q.Desc ?? false, SortKeys, "distance", c => c.EnterpriseId);
    }

    public static CandidateRow ToRow(CandidateItem c, decimal margin) => new(c.EnterpriseId, c.Name, c.ParkName, c.Tier,
        c.AlreadyHeld ? CandidateBand.Holds : c.Verdict == Verdict.Qualifies ? CandidateBand.QualifiesNow
        : c.Verdict == Verdict.MissingData ? CandidateBand.MissingData
        : c.Distance is { } d && d <= margin ? CandidateBand.WithinReach : CandidateBand.Far,
        c.Score, c.ScoreMax, c.Distance, c.Gaps?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [], c.EvaluatedOn, c.InLibrary,
        c.RuleSetId, RuleSets.Find(c.RuleSetId)?.ShortName);

    /// <summary>
    /// Candidates for one tier judged live as of <paramref name="asOf"/> by the version in force that day: the active enterprises in
    /// scope are loaded and evaluated (one tier only), then filtered, sorted and paged like the stored list.
    /// </summary>
    public static async Task<List<CandidateItem>> LiveAsync(AppDbContext db, CandidateQuery q, DateOnly asOf, CancellationToken ct)
    {
        var rules = RuleSets.InForce(q.Tier!.Value, asOf);
        if (rules is null) return [];
        var enterprises = db.Enterprises.Where(e => e.Status == Domain.Enterprises.EnterpriseStatus.Active);
        if (q.ParkId is { } park) enterprises = enterprises.Where(e => e.ParkId == park);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            enterprises = enterprises.Where(e => e.Name.Contains(term));
        }
        var facts = await CultivationFacts.LoadAsync(db, enterprises, asOf, ct);
        var parks = await db.Parks.AsNoTracking().Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var inLibrary = (await db.CultivationEntries.AsNoTracking().Where(x => x.TargetTier == rules.Tier).Select(x => x.EnterpriseId).ToListAsync(ct)).ToHashSet();
        var margin = MarginOf(q.Margin);
        var items = facts.Select(e =>
        {
            var r = QualificationEngine.Evaluate(rules, e.Facts);
            return new CandidateItem
            {
                EnterpriseId = e.Id, Name = e.Name, ParkName = parks.GetValueOrDefault(e.ParkId, ""), Tier = r.Tier, Verdict = r.Verdict,
                AlreadyHeld = r.AlreadyHeld, Score = r.Score, ScoreMax = r.ScoreMax, Distance = r.Distance,
                Gaps = string.Join(',', r.Gaps.Select(g => g.Key)), EvaluatedOn = asOf, InLibrary = inLibrary.Contains(e.Id), RuleSetId = r.RuleSetId,
            };
        }).Where(c => q.Band is not { } band || ToRow(c, margin).Band == band);
        return items.AsQueryable().SortBy(q.Sort, q.Desc ?? false, SortKeys, "distance", c => c.EnterpriseId).ToList();
    }
}
