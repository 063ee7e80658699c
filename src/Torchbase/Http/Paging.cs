using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Torchbase.Http;

/// <summary>
/// The paging convention of every list: page (1-based), pageSize (1–200), sort, desc. Values outside those bounds never reach
/// a handler: <see cref="PagingBounds"/> refuses them for the whole API.
/// </summary>
public record PageQuery(int? Page, int? PageSize, string? Sort, bool? Desc)
{
    public const int MaxPageSize = 200;
    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? 20;
}

/// <summary>
/// A page number below 1 or a page size outside 1–200 is refused with a field error, for every endpoint of the /api group,
/// rather than quietly changed into another page than the one asked for.
/// </summary>
public sealed class PagingBounds : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var query = context.HttpContext.Request.Query;
        var errors = new Errors();
        if (Number(query, "page") is < 1) errors.Add("page", "between", 1, int.MaxValue);
        if (Number(query, "pageSize") is < 1 or > PageQuery.MaxPageSize) errors.Add("pageSize", "between", 1, PageQuery.MaxPageSize);
        return errors.Any ? ValueTask.FromResult<object?>(Problems.Validation(errors)) : next(context);
    }

    private static long? Number(IQueryCollection query, string key) =>
        long.TryParse(query[key].ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : null;
}

/// <summary>
/// A page of a list. <c>TotalIsLowerBound</c>: the list has more than <c>Total</c> rows (see the bounded count below).
/// <c>NextCursor</c>: where the next page starts, for the lists that page by key as well as by number (the enterprise
/// registry); null on the last page and on the lists that page by number only.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, bool TotalIsLowerBound = false,
    string? NextCursor = null);

public static class PagingExtensions
{
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, PageQuery paging, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip((paging.PageNumber - 1) * paging.Size).Take(paging.Size).ToListAsync(ct);
        return new Paged<T>(items, total, paging.PageNumber, paging.Size);
    }

    /// <summary>
    /// A page whose total is counted exactly up to <paramref name="countUpTo"/> rows and then given as "more than that": a broad
    /// search over a million rows would otherwise read every match to count them. The count runs on the rows unsorted.
    /// </summary>
    public static async Task<Paged<T>> ToPagedAsync<T, TRow>(this IQueryable<T> query, IQueryable<TRow> unsorted, int countUpTo,
        PageQuery paging, CancellationToken ct)
    {
        var counted = await unsorted.CountUpToAsync(countUpTo, ct);
        var items = await query.Skip((paging.PageNumber - 1) * paging.Size).Take(paging.Size).ToListAsync(ct);
        var (total, lowerBound) = BoundedTotal(counted, countUpTo);
        return new Paged<T>(items, total, paging.PageNumber, paging.Size, lowerBound);
    }

    /// <summary>Counts the rows, unsorted, but reads no more than one past <paramref name="countUpTo"/>.</summary>
    public static Task<int> CountUpToAsync<TRow>(this IQueryable<TRow> unsorted, int countUpTo, CancellationToken ct) =>
        unsorted.Take(countUpTo + 1).CountAsync(ct);

    /// <summary>The total a list shows for a count made by <see cref="CountUpToAsync"/>: exact up to the bound, then the bound as a lower bound.</summary>
    public static (int Total, bool IsLowerBound) BoundedTotal(int counted, int countUpTo) =>
        counted > countUpTo ? (countUpTo, true) : (counted, false);

    /// <summary>
    /// Sort keys over a query's joined rows (often an anonymous type, hence the query as the type witness): EF sorts the
    /// rows before they are projected to a record, which it could not sort by constructor arguments.
    /// </summary>
    public static Dictionary<string, Expression<Func<T,
        object?>>> SortKeys<T>(this IQueryable<T> _, params (string Name, Expression<Func<T, object?>> Key)[] keys) =>
        keys.ToDictionary(k => k.Name, k => k.Key);

    /// <summary>Orders by the named key from a whitelist, then by a stable tie-breaker.</summary>
    public static IQueryable<T> SortBy<T>(this IQueryable<T> query, string? sort, bool desc,
        IReadOnlyDictionary<string, Expression<Func<T, object?>>> keys, string defaultKey, Expression<Func<T, object?>> tieBreaker)
    {
        var key = sort is not null && keys.TryGetValue(sort, out var chosen) ? chosen : keys[defaultKey];
        var ordered = desc ? query.OrderByDescending(key) : query.OrderBy(key);
        return ordered.ThenBy(tieBreaker);
    }
}
