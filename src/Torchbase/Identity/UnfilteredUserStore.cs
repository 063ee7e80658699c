using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;

namespace Torchbase.Identity;

/// <summary>
/// The Identity store looks users up past the users' query filter: signing in, checking the cookie's security stamp and
/// refusing a taken user name all happen before (or regardless of) the caller's scope. Endpoints that list or change
/// users read them through AppDbContext.Users, which the filter scopes.
/// </summary>
public sealed class UnfilteredUserStore(AppDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, AppRole, AppDbContext, Guid>(context, describer)
{
    public override IQueryable<AppUser> Users => Context.Users.IgnoreQueryFilters();

    public override Task<AppUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        var id = ConvertIdFromString(userId);
        return Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
    }

    /// <summary>Every way a password is set (create, change, reset) passes here: the moment is kept for the expiry rule.</summary>
    public override async Task SetPasswordHashAsync(AppUser user, string? passwordHash, CancellationToken cancellationToken = default)
    {
        await base.SetPasswordHashAsync(user, passwordHash, cancellationToken);
        user.PasswordChangedAt = passwordHash is null ? null : Context.Clock.GetUtcNow();
    }
}
