using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Talent;

namespace Torchbase.Features.Talent;

/// <summary>
/// A candidate with the reasons it ranks where it does (shared whole terms, terms found through the glossary such as
/// "SF6 = 六氟化硫", shared fields), and how far an existing pairing got. Lists end at the relevance floor: fewer than asked
/// means no further match.
/// </summary>
public sealed record RecommendedExpert(Guid ExpertId, string Name, string Institution, string? Title, List<string> Fields, ExpertAvailability Availability,
    double Score, double TextSimilarity, double KeywordOverlap, IReadOnlyList<string> SharedKeywords, IReadOnlyList<string> SharedFields,
    IReadOnlyList<string> Expansions, Guid? MatchId, MatchStage? Stage, RecommendationJudgements Feedback);

/// <summary>How officers judged a recommendation: how many found it fitting or not, and the caller's own judgement and note.</summary>
public sealed record RecommendationJudgements(int Fits, int DoesNotFit, bool? Mine, string? MyNote);

public sealed record RecommendedDemand(Guid DemandId, string Title, string Field, string? EnterpriseName, DemandStatus Status, DateOnly? Deadline,
    double Score, double TextSimilarity, double KeywordOverlap, IReadOnlyList<string> SharedKeywords, IReadOnlyList<string> SharedFields,
    IReadOnlyList<string> Expansions, Guid? MatchId, MatchStage? Stage);

/// <summary>
/// Builds the matching index over the zone's library, expanded through the zone's own glossary, per request: a zone holds
/// hundreds to a few thousand profiles and building the index for 10,000 takes a fraction of the benchmark's budget
/// (bench/TalentMatchingBenchmarks), so a cache that must be invalidated on every edit (of a profile or of the glossary) is not worth it.
/// </summary>
internal static class Recommendations
{
    public static async Task<List<RecommendedExpert>?> ExpertsForDemandAsync(AppDbContext db, Guid demandId, int top, Guid? userId,
        CancellationToken ct)
    {
        var demand = await db.TechDemands.AsNoTracking().FirstOrDefaultAsync(d => d.Id == demandId, ct);
        if (demand is null) return null;
        var experts = await db.Experts.AsNoTracking().Where(e => e.ZoneId == demand.ZoneId && e.Availability != ExpertAvailability.Unavailable)
            .ToListAsync(ct);
        var results = new MatchIndex(experts.Select(e => e.ToMatchDocument()), await db.GlossaryEntries.ForZoneAsync(demand.ZoneId, ct))
            .Match(demand.ToMatchDocument(), top);
        var byId = experts.ToDictionary(e => e.Id);
        var pairings = await db.Matchmakings.AsNoTracking().Where(m => m.DemandId == demandId)
            .Select(m => new { m.ExpertId, m.Id, m.Stage }).ToDictionaryAsync(m => m.ExpertId, ct);
        var judgements = (await db.RecommendationFeedback.AsNoTracking().Where(f => f.DemandId == demandId)
            .Select(f => new { f.ExpertId, f.UserId, f.Fits, f.Note }).ToListAsync(ct)).ToLookup(f => f.ExpertId);
        return results.Select(r =>
        {
            var e = byId[r.Id];
            var pairing = pairings.GetValueOrDefault(r.Id);
            var marks = judgements[r.Id].ToList();
            var mine = marks.FirstOrDefault(f => f.UserId == userId);
            var feedback = new RecommendationJudgements(marks.Count(f => f.Fits), marks.Count(f => !f.Fits), mine?.Fits, mine?.Note);
            return new RecommendedExpert(e.Id, e.Name, e.Institution, e.Title, e.Fields, e.Availability, r.Score, r.TextSimilarity, r.KeywordOverlap,
                r.SharedKeywords, r.SharedFields, r.Expansions, pairing?.Id, pairing?.Stage, feedback);
        }).ToList();
    }

    public static async Task<List<RecommendedDemand>?> DemandsForExpertAsync(AppDbContext db, Guid expertId, int top, CancellationToken ct)
    {
        var expert = await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == expertId, ct);
        if (expert is null) return null;
        var demands = await db.TechDemands.AsNoTracking().Where(d => d.ZoneId == expert.ZoneId && d.Status == DemandStatus.Open).ToListAsync(ct);
        var results = new MatchIndex(demands.Select(d => d.ToMatchDocument()), await db.GlossaryEntries.ForZoneAsync(expert.ZoneId, ct))
            .Match(expert.ToMatchDocument(), top);
        var ids = results.Select(r => r.Id).ToList();
        var enterpriseIds = demands.Where(d => ids.Contains(d.Id) && d.EnterpriseId != null).Select(d => d.EnterpriseId!.Value).Distinct().ToList();
        var names = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var pairings = await db.Matchmakings.AsNoTracking().Where(m => m.ExpertId == expertId)
            .Select(m => new { m.DemandId, m.Id, m.Stage }).ToDictionaryAsync(m => m.DemandId, ct);
        var byId = demands.ToDictionary(d => d.Id);
        return results.Select(r =>
        {
            var d = byId[r.Id];
            var pairing = pairings.GetValueOrDefault(r.Id);
            return new RecommendedDemand(d.Id, d.Title, d.Field, d.EnterpriseId is { } eid ? names.GetValueOrDefault(eid) : null, d.Status, d.Deadline,
                r.Score, r.TextSimilarity, r.KeywordOverlap, r.SharedKeywords, r.SharedFields, r.Expansions, pairing?.Id, pairing?.Stage);
        }).ToList();
    }

    /// <summary>The score a pairing is recorded with: the expert's rank score for the demand among the zone's experts.</summary>
    public static async Task<double> ScoreAsync(AppDbContext db, TechDemand demand, Guid expertId, CancellationToken ct)
    {
        var experts = await db.Experts.AsNoTracking().Where(e => e.ZoneId == demand.ZoneId).ToListAsync(ct);
        return new MatchIndex(experts.Select(e => e.ToMatchDocument()), await db.GlossaryEntries.ForZoneAsync(demand.ZoneId, ct))
            .Match(demand.ToMatchDocument(), experts.Count)
            .FirstOrDefault(r => r.Id == expertId)?.Score ?? 0;
    }
}
