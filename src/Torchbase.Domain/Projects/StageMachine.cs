namespace Torchbase.Domain.Projects;

/// <summary>Why a stage change was refused (null when allowed).</summary>
public enum StageRefusal { SameStage, NotAllowed, BeforeLastChange, InFuture }

public sealed record StageDecision(ProjectStage From, ProjectStage To, StageRefusal? Refusal)
{
    public bool Allowed => Refusal is null;
}

/// <summary>
/// The project's path: 线索 → 在谈 → 签约 → 开工 → 投产. One step at a time, except that a lead may be signed directly
/// (a signing at a city event), talks may fall back to a lead, and anything not yet started may be dropped.
/// Once ground is broken there is no way back: a started project is finished or stays on the ledger.
/// </summary>
public static class StageMachine
{
    private static readonly Dictionary<ProjectStage, ProjectStage[]> Next = new()
    {
        [ProjectStage.Lead] = [ProjectStage.Negotiating, ProjectStage.Signed, ProjectStage.Dropped],
        [ProjectStage.Negotiating] = [ProjectStage.Signed, ProjectStage.Lead, ProjectStage.Dropped],
        [ProjectStage.Signed] = [ProjectStage.Started, ProjectStage.Dropped],
        [ProjectStage.Started] = [ProjectStage.InProduction],
        [ProjectStage.InProduction] = [],
        [ProjectStage.Dropped] = [ProjectStage.Lead],
    };

    public static IReadOnlyList<ProjectStage> AllowedFrom(ProjectStage stage) => Next[stage];

    /// <param name="lastChangeOn">When the project entered its current stage: a new change may not predate it.</param>
    public static StageDecision Decide(ProjectStage from, ProjectStage to, DateOnly on, DateOnly lastChangeOn, DateOnly today)
    {
        StageRefusal? refusal =
            from == to ? StageRefusal.SameStage
            : !Next[from].Contains(to) ? StageRefusal.NotAllowed
            : on < lastChangeOn ? StageRefusal.BeforeLastChange
            : on > today ? StageRefusal.InFuture
            : null;
        return new StageDecision(from, to, refusal);
    }

    /// <summary>Has the project reached (or passed) the stage? Dropped reaches nothing.</summary>
    public static bool HasReached(ProjectStage stage, ProjectStage milestone) =>
        stage != ProjectStage.Dropped && milestone != ProjectStage.Dropped && stage >= milestone;
}
