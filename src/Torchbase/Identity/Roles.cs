namespace Torchbase.Identity;

public enum Role
{
    SystemAdmin, ZoneLeader, InnovationBureau, ParkOfficer, ServiceOfficer,
    DepartmentStaff, EnterpriseUser, BankUser, Expert, ContestJudge,
}

/// <summary>What a role may do. Endpoints declare a permission; the UI builds its menu from the same list.</summary>
public static class Permissions
{
    public const string DashboardView = "dashboard.view";
    public const string EnterprisesRead = "enterprises.read";
    public const string EnterprisesWrite = "enterprises.write";
    public const string EnterprisesImport = "enterprises.import";
    public const string PlatformsRead = "platforms.read";
    public const string PlatformsWrite = "platforms.write";
    public const string UsersManage = "users.manage";
    public const string AuditRead = "audit.read";

    public static readonly IReadOnlyList<string> All =
        [DashboardView, EnterprisesRead, EnterprisesWrite, EnterprisesImport, PlatformsRead, PlatformsWrite, UsersManage, AuditRead];

    public static readonly IReadOnlyDictionary<Role, string[]> ByRole = new Dictionary<Role, string[]>
    {
        [Role.SystemAdmin] = [.. All],
        [Role.ZoneLeader] = [DashboardView, EnterprisesRead, PlatformsRead, AuditRead],
        [Role.InnovationBureau] = [DashboardView, EnterprisesRead, EnterprisesWrite, EnterprisesImport, PlatformsRead, PlatformsWrite],
        [Role.ParkOfficer] = [DashboardView, EnterprisesRead, EnterprisesWrite, PlatformsRead],
        [Role.ServiceOfficer] = [DashboardView, EnterprisesRead],
        [Role.DepartmentStaff] = [DashboardView, EnterprisesRead],
        [Role.EnterpriseUser] = [EnterprisesRead],
        [Role.BankUser] = [EnterprisesRead],
        [Role.Expert] = [],
        [Role.ContestJudge] = [],
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
