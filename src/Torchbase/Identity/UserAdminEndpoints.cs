using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Http;
using Torchbase.Localization;

namespace Torchbase.Identity;

public sealed record UserListQuery(string? Search, Role? Role, Guid? ZoneId, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record UserItem(
    Guid Id, string UserName, string DisplayName, string[] Roles, Guid? ZoneId, string? ZoneName, Guid? ParkId, string? ParkName,
    Guid? DepartmentId, Guid? EnterpriseId, string? EnterpriseName, Guid? BankId, string? Phone, bool LockedOut, DateTimeOffset? LastSignInAt,
    bool MustChangePassword);

public sealed record UserInput(
    string? UserName, string? DisplayName, string? Password, Role? Role,
    Guid? ZoneId, Guid? ParkId, Guid? DepartmentId, Guid? EnterpriseId, Guid? BankId, string? Phone);

public sealed record PasswordInput(string? Password);

public sealed record RolePermissions(string Role, string[] Permissions);

/// <summary>
/// User administration. Which users a caller sees is the users' query filter (AppDbContext): every handler finds its
/// user through db.Users, so a user out of the caller's scope is "not found", never changed.
/// </summary>
public static class UserAdminEndpoints
{
    public static void MapUserAdminEndpoints(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administration").RequireAuthorization(Permissions.UsersManage);

        admin.MapGet("/roles", ListRoles)
            .WithName(nameof(ListRoles))
            .WithSummary("Every role with the permissions it grants");
        admin.MapGet("/users", ListUsers)
            .WithName(nameof(ListUsers))
            .WithSummary("Users in the caller's scope, searchable by name and filterable by role and zone");
        admin.MapPost("/users", CreateUser)
            .WithName(nameof(CreateUser))
            .WithSummary("Create a user with a role, its scope and a first password");
        admin.MapPut("/users/{id:guid}", UpdateUser)
            .WithName(nameof(UpdateUser))
            .WithSummary("Change a user's name, role, scope or phone");
        admin.MapPost("/users/{id:guid}/password", ResetUserPassword)
            .WithName(nameof(ResetUserPassword))
            .WithSummary("Set a new password for a user, who must change it at the next sign-in");
        admin.MapPost("/users/{id:guid}/unlock", UnlockUser)
            .WithName(nameof(UnlockUser))
            .WithSummary("Lift a sign-in lockout");
        admin.MapGet("/users/import/template", DownloadUserImportTemplate)
            .WithName(nameof(DownloadUserImportTemplate))
            .WithSummary("The user import workbook: columns (required ones marked), a role drop-down and an instructions sheet");
        admin.MapPost("/users/import", UserImport.ImportUsers)
            .WithName(nameof(UserImport.ImportUsers))
            .WithSummary("Import users from a workbook, all or none; each gets a one-time password, returned once");
    }

    public static Ok<RolePermissions[]> ListRoles() =>
        TypedResults.Ok(Enum.GetValues<Role>().Select(r => new RolePermissions(r.ToString(), Permissions.ByRole[r])).ToArray());

    public static async Task<Ok<Paged<UserItem>>> ListUsers([AsParameters] UserListQuery q, [AsParameters] ApiServices api)
    {
        var (db, now) = (api.Db, api.Clock.GetUtcNow());
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) users = users.Where(u => u.UserName!.Contains(q.Search) || u.DisplayName.Contains(q.Search));
        if (q.ZoneId is { } zone) users = users.Where(u => u.ZoneId == zone);
        if (q.Role is { } role)
        {
            var roleName = role.ToString();
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }
        var page = await users.OrderBy(u => u.UserName).Select(u => new UserItem(
            u.Id, u.UserName!, u.DisplayName,
            db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToArray(),
            u.ZoneId, db.Zones.Where(z => z.Id == u.ZoneId).Select(z => z.Name).FirstOrDefault(),
            u.ParkId, db.Parks.Where(p => p.Id == u.ParkId).Select(p => p.Name).FirstOrDefault(),
            u.DepartmentId, u.EnterpriseId,
            db.Enterprises.Where(e => e.Id == u.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
            u.BankId, u.PhoneNumber, u.LockoutEnd != null && u.LockoutEnd > now, u.LastSignInAt, u.MustChangePassword)).ToPagedAsync(q, api.Ct);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Created<UserItem>, ValidationProblem>> CreateUser(UserInput input, UserManager<AppUser> users, [AsParameters] ApiServices api)
    {
        var errors = Validate(input, creating: true);
        if (errors.Any) return Problems.Validation(errors);
        var user = new AppUser { UserName = input.UserName!.Trim(), DisplayName = input.DisplayName!.Trim() };
        Apply(user, input);
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded) return Problems.Validation(IdentityErrors(created, "password"));
        await users.AddToRoleAsync(user, input.Role!.Value.ToString());
        return TypedResults.Created($"/api/admin/users/{user.Id}", await ItemAsync(api.Db, user.Id));
    }

    public static async Task<Results<Ok<UserItem>, ValidationProblem, ProblemHttpResult>> UpdateUser(
        Guid id, UserInput input, UserManager<AppUser> users, [AsParameters] ApiServices api)
    {
        if (await FindAsync(api, id) is not { } user) return Problems.NotFound();
        var errors = Validate(input, creating: false);
        if (errors.Any) return Problems.Validation(errors);
        user.DisplayName = input.DisplayName!.Trim();
        Apply(user, input);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return Problems.Validation(IdentityErrors(updated, "userName"));
        var current = await users.GetRolesAsync(user);
        if (!current.SequenceEqual([input.Role!.Value.ToString()]))
        {
            await users.RemoveFromRolesAsync(user, current);
            await users.AddToRoleAsync(user, input.Role!.Value.ToString());
        }
        return TypedResults.Ok(await ItemAsync(api.Db, user.Id));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetUserPassword(
        Guid id, PasswordInput input, UserManager<AppUser> users, [AsParameters] ApiServices api)
    {
        if (await FindAsync(api, id) is not { } user) return Problems.NotFound();
        if (string.IsNullOrEmpty(input.Password)) return Problems.Validation(new Errors().Add("password", "required"));
        if (input.Password.Length > 128) return Problems.Validation(new Errors().Add("password", "too_long", 128));
        // Saved with the new password, in the same write: a password someone else chose is changed at the next sign-in.
        user.MustChangePassword = true;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, input.Password);
        return reset.Succeeded ? TypedResults.NoContent() : Problems.Validation(IdentityErrors(reset, "password"));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> UnlockUser(Guid id, UserManager<AppUser> users, [AsParameters] ApiServices api)
    {
        if (await FindAsync(api, id) is not { } user) return Problems.NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return TypedResults.NoContent();
    }

    public static IResult DownloadUserImportTemplate(TimeProvider clock) => UserImport.Template(clock);

    /// <summary>The user if the caller's scope holds it (the users' query filter decides), tracked for the change.</summary>
    private static Task<AppUser?> FindAsync(ApiServices api, Guid id) => api.Db.Users.FirstOrDefaultAsync(u => u.Id == id, api.Ct);

    private static Errors Validate(UserInput input, bool creating)
    {
        var errors = new Errors()
            .Required("userName", input.UserName).MaxLength("userName", input.UserName, 64)
            .Required("displayName", input.DisplayName).MaxLength("displayName", input.DisplayName, 100);
        if (creating) errors.Required("password", input.Password).MaxLength("password", input.Password, 128);
        if (input.Role is not { } role) return errors.Add("role", "required");
        var (field, missing) = Permissions.ScopeOf(role) switch
        {
            ScopeRequirement.Park => ("parkId", input.ParkId is null),
            ScopeRequirement.Department => ("departmentId", input.DepartmentId is null),
            ScopeRequirement.Enterprise => ("enterpriseId", input.EnterpriseId is null),
            ScopeRequirement.Bank => ("bankId", input.BankId is null),
            _ => ("zoneId", false),
        };
        if (missing) errors.Add(field, "role_scope", Text.Get("scope." + Permissions.ScopeOf(role)));
        if (role != Role.SystemAdmin && role != Role.BankUser && input.ZoneId is null) errors.Add("zoneId", "role_scope", Text.Get("scope.Zone"));
        return errors;
    }

    /// <summary>Keeps only the scope the role uses, so a stale park or bank cannot widen or narrow what the user sees.</summary>
    private static void Apply(AppUser user, UserInput input)
    {
        var scope = Permissions.ScopeOf(input.Role!.Value);
        user.UserName = input.UserName!.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        user.ZoneId = scope == ScopeRequirement.None ? null : input.ZoneId;
        user.ParkId = scope == ScopeRequirement.Park ? input.ParkId : null;
        user.DepartmentId = scope == ScopeRequirement.Department ? input.DepartmentId : null;
        user.EnterpriseId = scope == ScopeRequirement.Enterprise ? input.EnterpriseId : null;
        user.BankId = scope == ScopeRequirement.Bank ? input.BankId : null;
    }

    internal static Errors IdentityErrors(IdentityResult result, string field)
    {
        var errors = new Errors();
        foreach (var e in result.Errors)
        {
            var target = e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : e.Code.Contains("UserName") ? "userName" : field;
            errors.Add(target, e.Description);
        }
        return errors;
    }

    private static Task<UserItem> ItemAsync(AppDbContext db, Guid id) =>
        db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == id).Select(u => new UserItem(
            u.Id, u.UserName!, u.DisplayName,
            db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToArray(),
            u.ZoneId, null, u.ParkId, null, u.DepartmentId, u.EnterpriseId, null, u.BankId, u.PhoneNumber, false, u.LastSignInAt,
            u.MustChangePassword)).FirstAsync();
}
