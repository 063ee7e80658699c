namespace Torchbase.Domain.Projects;

/// <summary>What the rates need to know of one project.</summary>
public sealed record ProjectFacts(ProjectStage Stage, BatchKind Batch, decimal PlannedInvestment, decimal ActualFunds, bool OutOfProvince);

/// <summary>A rate with the counts it is made of, so the UI can say "7 / 8".</summary>
public sealed record Rate(int Achieved, int Base)
{
    public decimal? Value => Base == 0 ? null : Math.Round((decimal)Achieved / Base, 4);
}

public sealed record RateSummary(
    int Signed, decimal SignedInvestment, decimal OutOfProvinceFunds, int Negotiating,
    Rate SignedToStarted, Rate StartedToProduction, Rate BatchStart, Rate BatchProduction);

/// <summary>
/// The figures of the zones' reports: 新签约项目 n 个 / 签约投资额; 实际利用省外资金; 在谈项目; and for "三个一批"
/// the 开工率 (of the 开工一批, how many have broken ground) and 投产率 (of the 投产一批, how many produce).
/// Signed counts every project that reached signing, started or not; dropped projects count nowhere.
/// </summary>
public static class ProjectRates
{
    public static RateSummary Compute(IEnumerable<ProjectFacts> projects)
    {
        var list = projects.ToList();
        var signed = list.Where(p => StageMachine.HasReached(p.Stage, ProjectStage.Signed)).ToList();
        var started = signed.Where(p => StageMachine.HasReached(p.Stage, ProjectStage.Started)).ToList();
        var startBatch = list.Where(p => p.Batch == BatchKind.Starting && p.Stage != ProjectStage.Dropped).ToList();
        var productionBatch = list.Where(p => p.Batch == BatchKind.Production && p.Stage != ProjectStage.Dropped).ToList();
        return new RateSummary(
            signed.Count,
            signed.Sum(p => p.PlannedInvestment),
            list.Where(p => p.OutOfProvince && p.Stage != ProjectStage.Dropped).Sum(p => p.ActualFunds),
            list.Count(p => p.Stage == ProjectStage.Negotiating),
            new Rate(started.Count, signed.Count),
            new Rate(started.Count(p => p.Stage == ProjectStage.InProduction), started.Count),
            new Rate(startBatch.Count(p => StageMachine.HasReached(p.Stage, ProjectStage.Started)), startBatch.Count),
            new Rate(productionBatch.Count(p => p.Stage == ProjectStage.InProduction), productionBatch.Count));
    }
}
