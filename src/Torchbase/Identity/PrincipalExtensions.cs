using System.Security.Claims;

namespace Torchbase.Identity;

public static class PrincipalExtensions
{
    public static bool Can(this ClaimsPrincipal principal, string permission) =>
        Permissions.RolesWith(permission).Any(r => principal.IsInRole(r.ToString()));

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
