using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Torchbase.Data;
using Torchbase.Http;

namespace Torchbase.Identity;

public static class IdentitySetup
{
    public const string LoginRateLimit = "login";

    public static IServiceCollection AddTorchbaseIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<UnfilteredUserStore>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<ScopeClaimsFactory>()
            .AddDefaultTokenProviders();

        services.AddSingleton<PasswordPolicy>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".Torchbase.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // An API answers 401/403; it never redirects to a login page.
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });

        services.AddAntiforgery(o =>
        {
            o.HeaderName = Antiforgery.HeaderName;
            o.Cookie.Name = ".Torchbase.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthorization(o =>
        {
            foreach (var permission in Permissions.All)
            {
                var roles = Permissions.RolesWith(permission).Select(r => r.ToString()).ToArray();
                o.AddPolicy(permission, p => p.RequireAuthenticatedUser().RequireRole(roles));
            }
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();

        var loginsPerMinute = configuration.GetValue("Torchbase:Security:LoginsPerMinute", 20);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await Problems.Of(StatusCodes.Status429TooManyRequests, "rate_limited").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}

/// <summary>Puts the user's zone, park, department, enterprise and bank into the sign-in cookie.</summary>
public sealed class ScopeClaimsFactory(
    UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options, AppDbContext db, PasswordPolicy passwords)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ScopeClaims.DisplayName, user.DisplayName));
        void Add(string type, Guid? value) { if (value is { } v) identity.AddClaim(new Claim(type, v.ToString())); }
        Add(ScopeClaims.Zone, user.ZoneId);
        if (user.RegionId is { } region)
            foreach (var zone in await ZonesOfRegionAsync(region)) Add(ScopeClaims.Zone, zone);
        Add(ScopeClaims.Park, user.ParkId);
        Add(ScopeClaims.Department, user.DepartmentId);
        Add(ScopeClaims.Enterprise, user.EnterpriseId);
        Add(ScopeClaims.Bank, user.BankId);
        // Re-read whenever the cookie is re-validated, so an expiry that falls in a session takes hold within it.
        if (passwords.MustChange(user)) identity.AddClaim(new Claim(PasswordPolicy.ChangeRequiredClaim, "true"));
        return identity;
    }

    /// <summary>The zones of a region and of every region below it (a province's cities' zones).</summary>
    private async Task<List<Guid>> ZonesOfRegionAsync(Guid region)
    {
        // Read outside the data scope on purpose: the caller is signing in and has none yet.
        var regions = await db.Regions.AsNoTracking().IgnoreQueryFilters().Select(r => new { r.Id, r.ParentId }).ToListAsync();
        var within = new HashSet<Guid> { region };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var r in regions)
                if (r.ParentId is { } parent && within.Contains(parent) && within.Add(r.Id)) grew = true;
        }
        return await db.Zones.AsNoTracking().IgnoreQueryFilters().Where(z => within.Contains(z.RegionId)).OrderBy(z => z.Name).Select(z => z.Id).ToListAsync();
    }
}

public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError E(string code, string zh, string en) =>
        new() { Code = code, Description = Localization.Text.IsChinese ? zh : en };

    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"密码至少 {length} 位", $"At least {length} characters");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "密码须含数字", "Needs a digit");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "密码须含小写字母", "Needs a lower-case letter");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "密码须含大写字母", "Needs an upper-case letter");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "密码须含符号", "Needs a symbol");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"用户名 {userName} 已存在", $"User name {userName} is taken");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "当前密码不正确", "The current password is wrong");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "用户名只能包含字母、数字和 - . _ @", "Letters, digits and - . _ @ only");
}
