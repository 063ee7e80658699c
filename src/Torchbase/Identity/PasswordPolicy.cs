using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Torchbase.Http;

namespace Torchbase.Identity;

/// <summary>
/// When a signed-in user must pick a new password before doing anything else: after an import or an administrator's
/// reset (MustChangePassword), or when the password is older than Torchbase:Security:PasswordMaxAgeDays (0 = never;
/// a password of unknown age counts as expired once an expiry is configured).
/// </summary>
public sealed class PasswordPolicy(IConfiguration configuration, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    /// <summary>The claim a session carries while the password must be changed; the gate lets such a session do little.</summary>
    public const string ChangeRequiredClaim = "tb:pwd_change";

    public int MaxAgeDays { get; } = Math.Max(0, configuration.GetValue("Torchbase:Security:PasswordMaxAgeDays", 0));

    public bool MustChange(AppUser user) =>
        user.MustChangePassword
        || (MaxAgeDays > 0 && (user.PasswordChangedAt is not { } changed || changed.AddDays(MaxAgeDays) <= clock.GetUtcNow()));

    /// <summary>A one-time password that meets the password rules: letters of both cases, digits and a symbol, no look-alikes.</summary>
    public string Generate()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789", symbols = "@#%+=!?";
        const string all = upper + lower + digits + symbols;
        var length = Math.Max(12, identity.Value.Password.RequiredLength);
        var chars = new List<char>
        {
            upper[RandomNumberGenerator.GetInt32(upper.Length)], lower[RandomNumberGenerator.GetInt32(lower.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)], symbols[RandomNumberGenerator.GetInt32(symbols.Length)],
        };
        while (chars.Count < length) chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        var shuffled = chars.ToArray();
        RandomNumberGenerator.Shuffle(shuffled.AsSpan());
        return new string(shuffled);
    }
}

/// <summary>Marks an endpoint that a session with a password to change may still call (who am I, sign out, change it).</summary>
public sealed class AllowedBeforePasswordChange;

public static class PasswordChangeGate
{
    public static TBuilder AllowBeforePasswordChange<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AllowedBeforePasswordChange());

    /// <summary>
    /// A session whose password must be changed gets 403 <c>password_change_required</c> from every API endpoint but
    /// the few marked AllowBeforePasswordChange. Runs after authentication, so the session's claims are known.
    /// </summary>
    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(c => c.Type == PasswordPolicy.ChangeRequiredClaim)
            && context.Request.Path.StartsWithSegments("/api")
            && context.GetEndpoint()?.Metadata.GetMetadata<AllowedBeforePasswordChange>() is null)
        {
            await Problems.Of(StatusCodes.Status403Forbidden, "password_change_required").ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}
