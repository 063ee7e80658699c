using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Domain.Organisation;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Organisation;

/// <summary>The list query every set-up page sends: search, zone, active or not, paging and sorting.</summary>
public sealed record SetupQuery(string? Search, Guid? ZoneId, bool? Active, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

/// <summary>What the set-up endpoints share: who may do what, the zone a new row goes to, and saving an edit.</summary>
public static class SetupSupport
{
    /// <summary>Regions, zones, banks and the official calendar: the system administrator's alone.</summary>
    public static readonly AuthorizeAttribute SystemAdminOnly = new() { Roles = nameof(Role.SystemAdmin) };

    public static bool IsSystemAdmin(this ApiServices api) => api.User.IsInRole(nameof(Role.SystemAdmin));

    /// <summary>
    /// The zone a new row belongs to: the one given, else the caller's own. It must be a zone the caller sees (the query
    /// filter decides), so a zone's administrator cannot add to another zone.
    /// </summary>
    public static async Task<Guid?> ZoneForNewRowAsync(this ApiServices api, Guid? given, Errors errors)
    {
        var zoneId = given ?? api.Db.Scope.HomeZoneId;
        if (zoneId is null) { errors.Add("zoneId", "required"); return null; }
        if (!await api.Db.Zones.AnyAsync(z => z.Id == zoneId, api.Ct)) { errors.Add("zoneId", "unknown_zone"); return null; }
        return zoneId;
    }

    public static Errors Name(this Errors errors, string field, string? value, int max) => errors.Required(field, value).MaxLength(field, value, max);

    public static IQueryable<T> Searched<T>(this IQueryable<T> rows, SetupQuery q) where T : IDeactivatable =>
        q.Active is { } active ? rows.Where(r => r.Active == active) : rows;

    public static string? Trimmed(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// An edit of a set-up row: found through the filtered set (another zone's row is not found: 404), checked, changed,
    /// and saved against the version the editor saw (409 with the row as it stands when someone else saved first).
    /// <paramref name="apply"/> validates first and changes the row only when there is nothing to refuse.
    /// </summary>
    public static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> EditAsync<TEntity, T>(
        this ApiServices api, IQueryable<TEntity> rows, Guid id, int? version, Func<TEntity, Task<Errors>> apply, Func<Guid, Task<T?>> read)
        where TEntity : class, IVersioned
    {
        var entity = await rows.FirstOrDefaultAsync(EntityId<TEntity>(id), api.Ct);
        if (entity is null) return Problems.NotFound();
        var errors = await apply(entity);
        if (version is null) errors.Add("version", "required");
        if (errors.Any)
        {
            api.Db.ChangeTracker.Clear();
            return Problems.Validation(errors);
        }
        api.Db.ExpectVersion(entity, version!.Value);
        return await api.Db.SaveOrConflictAsync(() => read(id), api.Ct);
    }

    private static System.Linq.Expressions.Expression<Func<TEntity, bool>> EntityId<TEntity>(Guid id)
    {
        var row = System.Linq.Expressions.Expression.Parameter(typeof(TEntity), "row");
        var key = typeof(TEntity).GetProperty("Id") ?? typeof(TEntity).GetProperty("ZoneId")!;
        return System.Linq.Expressions.Expression.Lambda<Func<TEntity, bool>>(
            System.Linq.Expressions.Expression.Equal(System.Linq.Expressions.Expression.Property(row, key), System.Linq.Expressions.Expression.Constant(id)), row);
    }
}
