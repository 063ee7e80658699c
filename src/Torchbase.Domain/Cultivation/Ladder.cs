using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Cultivation;

/// <summary>Where an enterprise stands on the two ladders of 梯次培育 and what its next step is.</summary>
public static class Ladder
{
    /// <summary>科技型中小企业 → 高新技术企业 → 瞪羚企业 → 创新龙头企业.</summary>
    public static readonly QualificationType[] Innovation =
        [QualificationType.TechSme, QualificationType.HighTech, QualificationType.Gazelle, QualificationType.InnovationLeader];

    /// <summary>创新型中小企业 → 专精特新中小企业 → 专精特新“小巨人”.</summary>
    public static readonly QualificationType[] Specialisation =
        [QualificationType.InnovativeSme, QualificationType.Specialized, QualificationType.LittleGiant];

    public static LadderCard Card(EnterpriseFacts facts, IReadOnlyList<EvaluationResult> results) =>
        new(Track(Innovation, facts, results), Track(Specialisation, facts, results));

    private static LadderTrack Track(QualificationType[] tiers, EnterpriseFacts facts, IReadOnlyList<EvaluationResult> results)
    {
        QualificationType? current = null;
        foreach (var t in tiers) if (facts.Holds(t)) current = t;
        var start = current is { } c ? Array.IndexOf(tiers, c) + 1 : 0;
        // The next step is the first tier above the current one that the platform has rules for.
        EvaluationResult? next = null;
        for (var i = start; i < tiers.Length && next is null; i++)
            next = results.FirstOrDefault(r => r.Tier == tiers[i]);
        return new LadderTrack(tiers, current, next);
    }
}

public sealed record LadderCard(LadderTrack Innovation, LadderTrack Specialisation);

public sealed record LadderTrack(IReadOnlyList<QualificationType> Tiers, QualificationType? Current, EvaluationResult? Next);

/// <summary>How a candidate stands for a tier: holds it, qualifies now, within reach (by the margin), far, or not enough data.</summary>
public enum CandidateBand { Holds, QualifiesNow, WithinReach, Far, MissingData }

public static class Candidates
{
    public static CandidateBand Band(EvaluationResult result, decimal margin) =>
        result.AlreadyHeld ? CandidateBand.Holds
        : result.Verdict == Verdict.Qualifies ? CandidateBand.QualifiesNow
        : result.Verdict == Verdict.MissingData ? CandidateBand.MissingData
        : result.Distance is { } d && d <= margin ? CandidateBand.WithinReach
        : CandidateBand.Far;
}
