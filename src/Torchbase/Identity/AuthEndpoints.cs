using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Http;

namespace Torchbase.Identity;

public sealed record LoginRequest(string? UserName, string? Password);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record Me(
    Guid Id, string UserName, string DisplayName, string[] Roles, string[] Permissions,
    Guid? ZoneId, string? ZoneName, Guid? ParkId, string? ParkName, Guid? EnterpriseId, string? EnterpriseName,
    Guid? BankId, string? BankName, Guid? DepartmentId, string? DepartmentName, bool MustChangePassword);

/// <summary>Signing in and out, who the caller is, and the caller's own password.</summary>
public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapGet("/antiforgery", IssueAntiforgeryToken)
            .WithName(nameof(IssueAntiforgeryToken))
            .WithSummary("Issue the antiforgery cookie that every write must echo in the X-XSRF-TOKEN header")
            .AllowAnonymous().AllowBeforePasswordChange();
        auth.MapPost("/login", Login)
            .WithName(nameof(Login))
            .WithSummary("Sign in with user name and password (rate-limited; locks the account after repeated failures)")
            .AllowAnonymous().RequireRateLimiting(IdentitySetup.LoginRateLimit);
        auth.MapPost("/logout", Logout)
            .WithName(nameof(Logout))
            .WithSummary("Sign out")
            .RequireAuthorization().AllowBeforePasswordChange();
        auth.MapGet("/me", GetMe)
            .WithName(nameof(GetMe))
            .WithSummary("The signed-in user: roles, permissions, scope and whether the password must be changed first")
            .RequireAuthorization().AllowBeforePasswordChange();
        auth.MapPost("/password", ChangeOwnPassword)
            .WithName(nameof(ChangeOwnPassword))
            .WithSummary("Change the caller's own password (current and new); lifts a required change")
            .RequireAuthorization().AllowBeforePasswordChange().RequireRateLimiting(IdentitySetup.LoginRateLimit);
    }

    public static NoContent IssueAntiforgeryToken(HttpContext http, IAntiforgery antiforgery)
    {
        Antiforgery.Issue(http, antiforgery);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<Me>, ProblemHttpResult, ValidationProblem>> Login(
        LoginRequest request, SignInManager<AppUser> signIn, UserManager<AppUser> users, PasswordPolicy passwords, [AsParameters] ApiServices api)
    {
        var (db, clock) = (api.Db, api.Clock);
        var errors = new Errors().Required("userName", request.UserName).Required("password", request.Password);
        if (errors.Any) return Problems.Validation(errors);

        var user = await users.FindByNameAsync(request.UserName!);
        if (user is null)
        {
            await AuditSignInAsync(db, clock, AuditActions.SignInFailed, null, request.UserName!, null);
            return Problems.Of(StatusCodes.Status401Unauthorized, "invalid_credentials");
        }
        var result = await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await AuditSignInAsync(db, clock, AuditActions.SignInFailed, user.Id, user.UserName!, user.ZoneId, "locked out");
            return Problems.Of(StatusCodes.Status423Locked, "locked_out");
        }
        if (!result.Succeeded)
        {
            await AuditSignInAsync(db, clock, AuditActions.SignInFailed, user.Id, user.UserName!, user.ZoneId);
            return Problems.Of(StatusCodes.Status401Unauthorized, "invalid_credentials");
        }
        // Bookkeeping, written past the concurrency stamp: the same user signing in twice at once (two tabs, a script)
        // must not turn the second sign-in into a conflict. The request has no user yet, hence past the users' filter.
        var now = clock.GetUtcNow();
        await db.Users.IgnoreQueryFilters().Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, now));
        user.LastSignInAt = now;
        await AuditSignInAsync(db, clock, AuditActions.SignedIn, user.Id, user.UserName!, user.ZoneId);
        return TypedResults.Ok((await MeAsync(db, passwords, user.Id))!);
    }

    public static async Task<NoContent> Logout(SignInManager<AppUser> signIn, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        await AuditSignInAsync(db, api.Clock, AuditActions.SignedOut, db.Scope.UserId, db.Scope.UserName ?? "", db.Scope.HomeZoneId);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<Me>, UnauthorizedHttpResult>> GetMe(PasswordPolicy passwords, [AsParameters] ApiServices api) =>
        api.User.UserId() is { } id && await MeAsync(api.Db, passwords, id) is { } me
            ? TypedResults.Ok(me)
            : TypedResults.Unauthorized();

    public static async Task<Results<Ok<Me>, ValidationProblem, ProblemHttpResult>> ChangeOwnPassword(
        ChangePasswordRequest request, UserManager<AppUser> users, SignInManager<AppUser> signIn, PasswordPolicy passwords, [AsParameters] ApiServices api)
    {
        var errors = new Errors().Required("currentPassword", request.CurrentPassword).Required("newPassword", request.NewPassword)
            .MaxLength("newPassword", request.NewPassword, 128);
        if (!errors.Any && request.CurrentPassword == request.NewPassword) errors.Add("newPassword", "same_password");
        if (errors.Any) return Problems.Validation(errors);
        if (api.User.UserId() is not { } id || await users.FindByIdAsync(id.ToString()) is not { } user) return Problems.NotFound();

        user.MustChangePassword = false; // saved only with the new password: a refused change leaves the flag as it was
        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!changed.Succeeded)
        {
            foreach (var e in changed.Errors)
                errors.Add(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : "newPassword", e.Description);
            return Problems.Validation(errors);
        }
        // A new cookie without the "must change" mark (the security stamp changed with the password).
        await signIn.RefreshSignInAsync(user);
        return TypedResults.Ok((await MeAsync(api.Db, passwords, user.Id))!);
    }

    private static async Task AuditSignInAsync(AppDbContext db, TimeProvider clock, string action, Guid? userId, string userName, Guid? zoneId, string? summary = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(), At = clock.GetUtcNow(), UserId = userId, UserName = userName, ZoneId = zoneId,
            Action = action, Entity = "Session", EntityId = userId?.ToString(), Summary = summary,
        });
        await db.SaveChangesAsync();
    }

    internal static async Task<Me?> MeAsync(AppDbContext db, PasswordPolicy passwords, Guid userId)
    {
        // The caller's own row, past the filter: at sign-in the request carries no user yet.
        var user = await db.Users.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId);
        if (user is null) return null;
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToArrayAsync();
        var parsed = roles.Select(Enum.Parse<Role>).ToArray();
        // Names are looked up past the query filters: a user always sees the names of their own scope.
        var unfiltered = db.Zones.IgnoreQueryFilters();
        return new Me(user.Id, user.UserName!, user.DisplayName, roles, Permissions.Of(parsed),
            user.ZoneId, await unfiltered.Where(z => z.Id == user.ZoneId).Select(z => z.Name).FirstOrDefaultAsync(),
            user.ParkId, await db.Parks.IgnoreQueryFilters().Where(p => p.Id == user.ParkId).Select(p => p.Name).FirstOrDefaultAsync(),
            user.EnterpriseId, await db.Enterprises.IgnoreQueryFilters().Where(e => e.Id == user.EnterpriseId).Select(e => e.Name).FirstOrDefaultAsync(),
            user.BankId, await db.Banks.Where(b => b.Id == user.BankId).Select(b => b.Name).FirstOrDefaultAsync(),
            user.DepartmentId, await db.Departments.IgnoreQueryFilters().Where(d => d.Id == user.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(),
            passwords.MustChange(user));
    }
}
