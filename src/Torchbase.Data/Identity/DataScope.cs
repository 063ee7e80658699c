using System.Security.Claims;

namespace Torchbase.Identity;

/// <summary>
/// What the current caller may see. The database applies it in one place (AppDbContext's query filters);
/// queries never filter by hand. Unrestricted is for the system administrator and for the platform's own jobs and
/// commands, which state it (IDataScopeAccessor.RunAsSystem); outside a request nothing is visible otherwise.
/// </summary>
public sealed class DataScope
{
    public bool Unrestricted { get; init; }
    public Guid[] ZoneIds { get; init; } = [];
    public Guid? ParkId { get; init; }
    public Guid? EnterpriseId { get; init; }
    public Guid? BankId { get; init; }
    /// <summary>Department staff see only the service requests their department was asked to report on.</summary>
    public Guid? DepartmentId { get; init; }
    public Guid? UserId { get; init; }
    public string? UserName { get; init; }

    public static readonly DataScope System = new() { Unrestricted = true, UserName = "system" };
    public static readonly DataScope Nobody = new();

    public static DataScope For(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return Nobody;
        Guid? Claim(string type) => Guid.TryParse(principal.FindFirstValue(type), out var g) ? g : null;
        var zones = principal.FindAll(ScopeClaims.Zone).Select(c => Guid.TryParse(c.Value, out var g) ? g : Guid.Empty).Where(g =>
            g != Guid.Empty).Distinct().ToArray();
        return new DataScope
        {
            Unrestricted = principal.IsInRole(nameof(Role.SystemAdmin)),
            ZoneIds = zones,
            ParkId = Claim(ScopeClaims.Park),
            EnterpriseId = Claim(ScopeClaims.Enterprise),
            BankId = Claim(ScopeClaims.Bank),
            DepartmentId = Claim(ScopeClaims.Department),
            UserId = Claim(ClaimTypes.NameIdentifier),
            UserName = principal.Identity.Name,
        };
    }

    /// <summary>The zone a new record of this caller belongs to, when the caller works in exactly one.</summary>
    public Guid? HomeZoneId => ZoneIds.Length == 1 ? ZoneIds[0] : null;
}

/// <summary>
/// Gives the scope of the caller at the moment a query runs. It must not be fixed when the DbContext is built:
/// the cookie handler builds one (to validate the security stamp) before the request's user is known.
/// Outside a request nobody is signed in, so nothing is visible until the code says who acts: a job, a command or the
/// start-up states it with <c>using (scope.RunAsSystem())</c> (or <c>db.RunAsSystem()</c>), for as long as it works.
/// </summary>
public interface IDataScopeAccessor
{
    DataScope Current { get; }

    /// <summary>The platform itself acts (a job, a command line, the start-up) until the result is disposed.</summary>
    IDisposable RunAsSystem();
}

/// <summary>The stated scope wins over the request's; without either, nothing is visible.</summary>
public abstract class DataScopeAccessor : IDataScopeAccessor
{
    private DataScope? _stated;

    public DataScope Current => _stated ?? Ambient;

    /// <summary>The scope when none is stated: the signed-in user's in a request, nobody's outside one.</summary>
    protected abstract DataScope Ambient { get; }

    public IDisposable RunAsSystem()
    {
        var previous = _stated;
        _stated = DataScope.System;
        return new Restore(this, previous);
    }

    private sealed class Restore(DataScopeAccessor accessor, DataScope? previous) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            if (_done) return;
            _done = true;
            accessor._stated = previous;
        }
    }
}

/// <summary>One scope for the accessor's whole life (tools that build a DbContext of their own).</summary>
public sealed class FixedDataScope(DataScope scope) : DataScopeAccessor
{
    protected override DataScope Ambient { get; } = scope;
}

/// <summary>The signed-in user's scope in a request; nobody's outside one unless the system scope is stated.</summary>
public sealed class HttpDataScope(IHttpContextAccessor http) : DataScopeAccessor
{
    private ClaimsPrincipal? _principal;
    private DataScope _scope = DataScope.Nobody;

    protected override DataScope Ambient
    {
        get
        {
            if (http.HttpContext is not { } context) return DataScope.Nobody;
            if (!ReferenceEquals(context.User, _principal)) (_principal, _scope) = (context.User, DataScope.For(context.User));
            return _scope;
        }
    }
}

public static class ScopeClaims
{
    public const string Zone = "tb:zone";
    public const string Park = "tb:park";
    public const string Department = "tb:department";
    public const string Enterprise = "tb:enterprise";
    public const string Bank = "tb:bank";
    public const string DisplayName = "tb:name";
}
