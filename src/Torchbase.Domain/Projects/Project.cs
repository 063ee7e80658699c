using Torchbase.Domain.Common;

namespace Torchbase.Domain.Projects;

/// <summary>
/// An investment-attraction or construction project (招商引资 / 重点项目) on the zone's ledger (台账), kept under
/// "六个一": one project, one park, one leader, one ledger, one team, one target. Money is in 万元, as officials report it.
/// </summary>
public sealed class Project : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid? IndustryChainId { get; set; }
    public required string Name { get; set; }
    /// <summary>The investor (投资方) and the company that builds (建设单位).</summary>
    public string? Investor { get; set; }
    public string? Builder { get; set; }
    /// <summary>Where the capital comes from (省/市); out-of-province funds are counted apart (实际到位省外资金).</summary>
    public string? Origin { get; set; }
    public bool OutOfProvince { get; set; }
    public ProjectStage Stage { get; set; }
    public DateOnly StageChangedOn { get; set; }
    /// <summary>Milestone dates, kept with the stage history so lists can filter "signed this year" without replaying it.</summary>
    public DateOnly? SignedOn { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? ProducingOn { get; set; }
    public decimal PlannedInvestment { get; set; }
    /// <summary>
    /// The single running total of funds in place (实际到位资金, 万元) kept before funds were recorded by month. At start-up a
    /// non-zero total is moved into one <see cref="ProjectFundsArrival"/> in the month it was last updated and set to zero; the
    /// figures read the monthly records only.
    /// </summary>
    public decimal ActualFunds { get; set; }
    /// <summary>The day the project entered the project library (入库), counted in the new-entries figures.</summary>
    public DateOnly EnteredOn { get; set; }
    /// <summary>The space the project needs in a park (用地/用房需求): area in m², and where it matters floor load (kN/m²) and power (kVA).
    /// Empty until someone records it; the space matching starts from it.</summary>
    public decimal? SpaceArea { get; set; }
    public decimal? SpaceFloorLoad { get; set; }
    public decimal? SpacePowerKva { get; set; }
    public string? LeaderName { get; set; }
    public string? TeamName { get; set; }
    public DateOnly? TargetDate { get; set; }
    public KeyProjectLevel KeyLevel { get; set; }
    /// <summary>The "三个一批" batch the project was put in, and the round (第N期) of the city's event.</summary>
    public BatchKind Batch { get; set; }
    public int? BatchRound { get; set; }
    /// <summary>形象进度: the construction state in a sentence, as on the ledger.</summary>
    public string? ImageProgress { get; set; }
    /// <summary>The channel that brought the project in (null: not recorded, as for projects entered before it was asked).</summary>
    public ProjectSource? Source { get; set; }
    /// <summary>The person or unit that brought it (全员招商 credits them), and their user account when they have one.</summary>
    public string? BroughtBy { get; set; }
    public Guid? BroughtByUserId { get; set; }
    /// <summary>产业项目 / 城建 / 民生 / 其他: only industrial projects count in the investment-attraction (招商) figures.</summary>
    public ProjectCategory Category { get; set; }
    public int Version { get; set; }

    public List<ProjectStageChange> StageChanges { get; set; } = [];
    public List<ProjectAnnualPlan> AnnualPlans { get; set; } = [];
    public List<ProjectMonthlyInvestment> MonthlyInvestments { get; set; } = [];
    public List<SupervisionRecord> Supervisions { get; set; } = [];
    public List<ProjectFundsArrival> FundsArrivals { get; set; } = [];
    public List<ProjectMilestone> Milestones { get; set; } = [];
    public List<ProjectApproval> Approvals { get; set; } = [];
    public List<ProjectAnnualOutput> Outputs { get; set; } = [];
}

/// <summary>
/// 投产达效: a producing project's output value (产值, 万元) for one year — the target it was set and what it reached; one row a year.
/// Whether it reached its target comes from <see cref="OutputRules"/>.
/// </summary>
public sealed class ProjectAnnualOutput : IVersioned
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public int Year { get; set; }
    public decimal? Target { get; set; }
    public decimal? Actual { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>Funds that arrived in one month (实际到位资金), 万元; one row a month. Out-of-province projects' rows make 实际利用省外资金.</summary>
public sealed class ProjectFundsArrival : IVersioned
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public decimal Amount { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>开工, 主体封顶, 竣工, 投产, or a milestone of the project's own (named).</summary>
public enum MilestoneKind { Start, Topping, Completion, Production, Other }

/// <summary>A milestone with its planned and actual days; how far ahead or behind comes from <see cref="MilestoneRules"/>.</summary>
public sealed class ProjectMilestone : IVersioned
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public MilestoneKind Kind { get; set; }
    /// <summary>The name of an <see cref="MilestoneKind.Other"/> milestone, or a detail (一号楼主体封顶).</summary>
    public string? Name { get; set; }
    public DateOnly? PlannedOn { get; set; }
    public DateOnly? ActualOn { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// An approval item (立项, 用地, 规划, 施工许可, 环评, 能评 or one of the project's own) with the days it was submitted, reviewed and
/// approved; its clock against the fast track comes from <see cref="ApprovalClock"/>.
/// </summary>
public sealed class ProjectApproval : IVersioned
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public ApprovalItemKind Kind { get; set; }
    /// <summary>The name of an <see cref="ApprovalItemKind.Other"/> item, or a detail (建设工程规划许可证).</summary>
    public string? Name { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? ReviewedOn { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    /// <summary>The 代办 officer or helper who carries the item for the enterprise.</summary>
    public string? Helper { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

public enum ProjectStage { Lead, Negotiating, Signed, Started, InProduction, Dropped }

/// <summary>How a project was brought in: 全员招商, 产业链招商, 以赛招商, 以商招商, 其他.</summary>
public enum ProjectSource { AllStaff, IndustryChain, Competition, BusinessReferral, Other }

/// <summary>What a project is: 产业项目 (counted in 招商), 城建 (urban construction), 民生 (public welfare), 其他.</summary>
public enum ProjectCategory { Industrial, UrbanConstruction, Livelihood, Other }

public enum KeyProjectLevel { None, Provincial, Municipal }

/// <summary>"三个一批": 签约一批, 开工一批, 投产一批.</summary>
public enum BatchKind { None, Signing, Starting, Production }

public sealed class ProjectStageChange
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public ProjectStage From { get; set; }
    public ProjectStage To { get; set; }
    public DateOnly On { get; set; }
    /// <summary>When the change was entered (On is when it happened): orders changes made on the same day.</summary>
    public DateTimeOffset RecordedAt { get; set; }
    public string? Note { get; set; }
    public string? By { get; set; }
}

/// <summary>The year's investment target of a key project (年度计划投资), 万元.</summary>
public sealed class ProjectAnnualPlan
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public int Year { get; set; }
    public decimal Target { get; set; }
}

/// <summary>Investment completed in one month, as reported (月报), 万元; one row a month, corrected in place.</summary>
public sealed class ProjectMonthlyInvestment : IVersioned
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public decimal Amount { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

public enum SupervisionKind { WeeklyReport, MonthlyTour }

/// <summary>
/// "周督导、月观摩": a weekly progress report or a monthly tour with scores per criterion.
/// A raised problem is kept here; it may be turned into a service-desk request once (ServiceRequestId), which then resolves it.
/// </summary>
public sealed class SupervisionRecord : IVersioned
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public SupervisionKind Kind { get; set; }
    public DateOnly On { get; set; }
    public string? Progress { get; set; }
    public bool ProblemRaised { get; set; }
    public string? Problem { get; set; }
    public DateOnly? ProblemResolvedOn { get; set; }
    /// <summary>The service-desk request this problem became (one at most); resolving or closing the request resolves the problem.</summary>
    public Guid? ServiceRequestId { get; set; }
    public string? By { get; set; }
    /// <summary>Bumped on each change, so that two officers turning the same problem into a request cannot both succeed.</summary>
    public int Version { get; set; }
    public List<TourScore> Scores { get; set; } = [];
}

public sealed class TourScore
{
    public Guid Id { get; set; }
    public Guid SupervisionId { get; set; }
    public required string Criterion { get; set; }
    public decimal Score { get; set; }
}
