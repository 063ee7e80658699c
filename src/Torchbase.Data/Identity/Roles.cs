namespace Torchbase.Identity;

public enum Role
{
    SystemAdmin, ZoneLeader, InnovationBureau, ParkOfficer, ServiceOfficer,
    DepartmentStaff, EnterpriseUser, BankUser, Expert, ContestJudge,
    /// <summary>Sets up one zone (parks, departments, chains, branches, the service desk's catalogue, limits and calendar).</summary>
    ZoneAdmin,
}

/// <summary>What a role may do. Endpoints declare a permission; the UI builds its menu from the same list.</summary>
public static class Permissions
{
    public const string DashboardView = "dashboard.view";
    public const string EnterprisesRead = "enterprises.read";
    public const string EnterprisesWrite = "enterprises.write";
    public const string EnterprisesImport = "enterprises.import";
    /// <summary>An enterprise files its own yearly report (pending until the park accepts it).</summary>
    public const string ReportsSubmit = "reports.submit";
    public const string PlatformsRead = "platforms.read";
    public const string PlatformsWrite = "platforms.write";
    public const string UsersManage = "users.manage";
    public const string AuditRead = "audit.read";
    /// <summary>Qualification checks, the ladder and the 培育库.</summary>
    public const string CultivationRead = "cultivation.read";
    public const string CultivationWrite = "cultivation.write";
    /// <summary>Re-evaluates every active enterprise of the zone (全区重新评估): the bureau's, not a park's.</summary>
    public const string CultivationEvaluate = "cultivation.evaluate";
    /// <summary>What an enterprise declares for the rules its figures cannot show: the enterprise itself, or its park and the bureau.</summary>
    public const string DeclarationsSubmit = "declarations.submit";
    /// <summary>Innovation points (创新积分): read scores; configure indicator sets and run scoring.</summary>
    public const string PointsRead = "points.read";
    public const string PointsManage = "points.manage";
    /// <summary>Financial supermarket, vouchers, policy funds: statistics; bank side; enterprise side; bureau review.</summary>
    public const string FinanceRead = "finance.read";
    public const string FinanceBank = "finance.bank";
    public const string FinanceApply = "finance.apply";
    public const string FinanceManage = "finance.manage";
    /// <summary>Service desk (诉求, 走访, 代办): read; act on a request; an enterprise submits its own; configure.</summary>
    public const string ServiceRead = "service.read";
    public const string ServiceHandle = "service.handle";
    public const string ServiceSubmit = "service.submit";
    public const string ServiceManage = "service.manage";
    /// <summary>Project ledger (招商引资, 重点项目).</summary>
    public const string ProjectsRead = "projects.read";
    public const string ProjectsWrite = "projects.write";
    /// <summary>Talent and technology: read the libraries; curate them; an enterprise posts demands, an expert keeps a profile.</summary>
    public const string TalentRead = "talent.read";
    public const string TalentWrite = "talent.write";
    public const string TalentSubmit = "talent.submit";
    /// <summary>Unit contest (学比争): organise; score as a judge; see results.</summary>
    public const string ContestManage = "contest.manage";
    public const string ContestScore = "contest.score";
    public const string ContestRead = "contest.read";
    /// <summary>Economic indicators and the annual report.</summary>
    public const string EconomyRead = "economy.read";
    public const string EconomyWrite = "economy.write";
    /// <summary>Zone set-up: parks, departments, chains, bank branches, the service desk's catalogue, time limits and calendar.</summary>
    public const string SetupManage = "setup.manage";
    /// <summary>Policy benefits (惠企政策): read the library and matching; the bureau keeps the library, reviews, publishes notices and pays;
    /// a park officer reviews its park's applications; an enterprise applies.</summary>
    public const string PoliciesRead = "policies.read";
    public const string PoliciesManage = "policies.manage";
    public const string PoliciesReview = "policies.review";
    public const string PoliciesApply = "policies.apply";
    /// <summary>Park space (园区空间): buildings, units, leases and occupancy; an enterprise reads its own leases. The bureau and parks keep them.</summary>
    public const string SpaceRead = "space.read";
    public const string SpaceWrite = "space.write";
    /// <summary>Energy metering (能耗): meters, readings, consumption, baselines, savings and alerts. Officers only; the bureau and parks keep them.</summary>
    public const string EnergyRead = "energy.read";
    public const string EnergyWrite = "energy.write";
    /// <summary>Competitions (创新创业大赛) and matchmaking events (成果直通车, 对接会): read them; the bureau keeps them, enters the judges'
    /// sheets and turns leads into ledger projects.</summary>
    public const string CompetitionsRead = "competitions.read";
    public const string CompetitionsWrite = "competitions.write";

    public static readonly IReadOnlyList<string> All =
    [
        DashboardView, EnterprisesRead, EnterprisesWrite, EnterprisesImport, ReportsSubmit, PlatformsRead, PlatformsWrite, UsersManage, AuditRead,
        CultivationRead, CultivationWrite, CultivationEvaluate, DeclarationsSubmit, PointsRead, PointsManage,
        FinanceRead, FinanceBank, FinanceApply, FinanceManage,
        ServiceRead, ServiceHandle, ServiceSubmit, ServiceManage,
        ProjectsRead, ProjectsWrite, TalentRead, TalentWrite, TalentSubmit,
        ContestManage, ContestScore, ContestRead, EconomyRead, EconomyWrite, SetupManage,
        PoliciesRead, PoliciesManage, PoliciesReview, PoliciesApply, SpaceRead, SpaceWrite, EnergyRead, EnergyWrite,
        CompetitionsRead, CompetitionsWrite,
    ];

    public static readonly IReadOnlyDictionary<Role, string[]> ByRole = new Dictionary<Role, string[]>
    {
        // Filing a report belongs to the enterprise: even the administrator does not file one in its name.
        [Role.SystemAdmin] = [.. All.Where(p => p != ReportsSubmit && p != PoliciesApply)],
        [Role.ZoneLeader] =
        [
            DashboardView, EnterprisesRead, PlatformsRead, AuditRead, CultivationRead, PointsRead, FinanceRead,
            ServiceRead, ServiceHandle, ProjectsRead, TalentRead, ContestRead, ContestScore, EconomyRead, PoliciesRead, SpaceRead,
            EnergyRead, CompetitionsRead,
        ],
        [Role.InnovationBureau] =
        [
            DashboardView, EnterprisesRead, EnterprisesWrite, EnterprisesImport, PlatformsRead, PlatformsWrite,
            CultivationRead, CultivationWrite, CultivationEvaluate, DeclarationsSubmit, PointsRead, PointsManage, FinanceRead, FinanceManage,
            ServiceRead, ServiceHandle, ServiceManage, ProjectsRead, ProjectsWrite, TalentRead, TalentWrite,
            ContestManage, ContestRead, EconomyRead, EconomyWrite, PoliciesRead, PoliciesManage, SpaceRead, SpaceWrite,
            EnergyRead, EnergyWrite, CompetitionsRead, CompetitionsWrite,
        ],
        [Role.ParkOfficer] =
        [
            DashboardView, EnterprisesRead, EnterprisesWrite, PlatformsRead, CultivationRead, CultivationWrite, DeclarationsSubmit,
            PointsRead,
            FinanceRead, ServiceRead, ServiceHandle, ProjectsRead, ProjectsWrite, TalentRead, EconomyRead, PoliciesRead, PoliciesReview,
            SpaceRead, SpaceWrite, EnergyRead, EnergyWrite, CompetitionsRead,
        ],
        [Role.ServiceOfficer] = [DashboardView, EnterprisesRead, CultivationRead, ServiceRead, ServiceHandle, ProjectsRead, TalentRead],
        [Role.DepartmentStaff] = [DashboardView, EnterprisesRead, ServiceRead, ServiceHandle, ProjectsRead],
        [Role.EnterpriseUser] = [EnterprisesRead, ReportsSubmit, CultivationRead, DeclarationsSubmit, PointsRead, FinanceApply, ServiceRead, ServiceSubmit,
            TalentRead, TalentSubmit, PoliciesRead, PoliciesApply, SpaceRead],
        [Role.BankUser] = [EnterprisesRead, PointsRead, FinanceBank],
        [Role.Expert] = [TalentRead, TalentSubmit],
        [Role.ContestJudge] = [ContestScore],
        // Regions, zones, banks and the official calendar are the system administrator's (by role, not by permission).
        [Role.ZoneAdmin] = [SetupManage],
    };

    public static IEnumerable<Role> RolesWith(string permission) =>
        ByRole.Where(p => p.Value.Contains(permission)).Select(p => p.Key);

    public static string[] Of(IEnumerable<Role> roles) =>
        roles.SelectMany(r => ByRole[r]).Distinct().OrderBy(p => All.ToList().IndexOf(p)).ToArray();

    /// <summary>Which scope a role's user must be attached to.</summary>
    public static ScopeRequirement ScopeOf(Role role) => role switch
    {
        Role.SystemAdmin => ScopeRequirement.None,
        Role.ParkOfficer or Role.ServiceOfficer => ScopeRequirement.Park,
        Role.DepartmentStaff => ScopeRequirement.Department,
        Role.EnterpriseUser => ScopeRequirement.Enterprise,
        Role.BankUser => ScopeRequirement.Bank,
        _ => ScopeRequirement.Zone,
    };
}

public enum ScopeRequirement { None, Zone, Park, Department, Enterprise, Bank }
