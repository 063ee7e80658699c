using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Http;

namespace Torchbase.Identity;

public sealed record LoginRequest(string? UserName, string? Password);

public sealed record Me(
    Guid Id, string UserName, string DisplayName, string[] Roles, string[] Permissions,
    Guid? ZoneId, string? ZoneName, Guid? ParkId, string? ParkName, Guid? EnterpriseId, string? EnterpriseName,
    Guid? BankId, string? BankName, Guid? DepartmentId, string? DepartmentName);

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            Antiforgery.Issue(http, antiforgery);
            return TypedResults.NoContent();
        }).AllowAnonymous();

        auth.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(IdentitySetup.LoginRateLimit);

        auth.MapPost("/logout", async (SignInManager<AppUser> signIn, AppDbContext db, TimeProvider clock) =>
        {
            await AuditSignInAsync(db, clock, AuditActions.SignedOut, db.Scope.UserId, db.Scope.UserName ?? "", db.Scope.HomeZoneId);
            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        }).RequireAuthorization();

        auth.MapGet("/me", async (ClaimsPrincipal principal, AppDbContext db) =>
            await MeAsync(db, Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!)) is { } me
                ? Results.Ok(me)
                : Results.Unauthorized()).RequireAuthorization();
    }

    private static async Task<Results<Ok<Me>, ProblemHttpResult, ValidationProblem>> LoginAsync(
        LoginRequest request, SignInManager<AppUser> signIn, UserManager<AppUser> users, AppDbContext db, TimeProvider clock)
    {
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
        // must not turn the second sign-in into a conflict.
        var now = clock.GetUtcNow();
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, now));
        user.LastSignInAt = now;
        await AuditSignInAsync(db, clock, AuditActions.SignedIn, user.Id, user.UserName!, user.ZoneId);
        return TypedResults.Ok((await MeAsync(db, user.Id))!);
    }

    private static async Task AuditSignInAsync(AppDbContext db, TimeProvider clock, string action, Guid? userId, string userName, Guid? zoneId,
        string? summary = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(), At = clock.GetUtcNow(), UserId = userId, UserName = userName, ZoneId = zoneId,
            Action = action, Entity = "Session", EntityId = userId?.ToString(), Summary = summary,
        });
        await db.SaveChangesAsync();
    }

    internal static async Task<Me?> MeAsync(AppDbContext db, Guid userId)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId);
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
            user.DepartmentId, await db.Departments.IgnoreQueryFilters().Where(d => d.Id == user.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync());
    }
}
