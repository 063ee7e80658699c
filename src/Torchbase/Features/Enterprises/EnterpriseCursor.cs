using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;

namespace Torchbase.Features.Enterprises;

/// <summary>
/// Where the next page of the registry list starts when it is sorted by name or by registration date: the last row's sort
/// key and id (the id breaks ties), and the number and size of the page it opens. A page found this way is a range read of the
/// (key, id) index from that row on, however deep the page is, where an offset page reads and drops every row before it.
/// </summary>
/// <remarks>
/// The text handed out is the position protected by the host's data-protection keys (shared by every host of a deployment),
/// so a cursor that was altered, cut short or made up is refused rather than read as some other position.
/// </remarks>
public sealed record EnterpriseCursor(string Sort, bool Desc, string Key, Guid Id, int Page, int Size)
{
    /// <summary>The sort orders that page by key; the others page by number only.</summary>
    public static readonly IReadOnlySet<string> Sorts = new HashSet<string>(StringComparer.Ordinal) { "name", "registeredOn" };

    public const string DefaultSort = "name";

    private const string Purpose = "Torchbase.Enterprises.ListCursor";

    public static bool PagesByKey(string? sort) => Sorts.Contains(sort ?? DefaultSort);

    public string Encode(IDataProtectionProvider protection)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Stored(Sort, Desc, Key, Id, Page, Size));
        return Base64Url.EncodeToString(protection.CreateProtector(Purpose).Protect(json));
    }

    /// <summary>The position a cursor names, or the field error that refuses it (not ours, altered, or for another order).</summary>
    public static EnterpriseCursor? Decode(IDataProtectionProvider protection, string text, string? sort, bool desc, int size, Errors errors)
    {
        Stored? stored;
        try
        {
            var bytes = protection.CreateProtector(Purpose).Unprotect(Base64Url.DecodeFromChars(text));
            stored = JsonSerializer.Deserialize<Stored>(bytes);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            stored = null;
        }
        if (stored is null || !Sorts.Contains(stored.S ?? "") || stored.K is null || stored.I == Guid.Empty
            || stored.P < 2 || stored.Z is < 1 or > PageQuery.MaxPageSize
            || (stored.S == "registeredOn"
                && !DateOnly.TryParseExact(stored.K, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            errors.Add("cursor", "invalid_cursor");
            return null;
        }
        if (stored.S != (sort ?? DefaultSort) || stored.D != desc || stored.Z != size)
        {
            errors.Add("cursor", "cursor_other_order"); // another sort, direction or page size than it was made for
            return null;
        }
        return new EnterpriseCursor(stored.S!, stored.D, stored.K, stored.I, stored.P, stored.Z);
    }

    /// <summary>The cursor of the page after <paramref name="last"/>, the last row of a page of the given order.</summary>
    public static EnterpriseCursor After(string? sort, bool desc, EnterpriseItem last, int nextPage, int size)
    {
        var key = (sort ?? DefaultSort) == "registeredOn" ? last.RegisteredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : last.Name;
        return new EnterpriseCursor(sort ?? DefaultSort, desc, key, last.Id, nextPage, size);
    }

    /// <summary>
    /// The rows after this position in its order. Written as <c>key ≥ k AND (key &gt; k OR id &gt; i)</c> (mirrored when
    /// descending) so that both databases read it as a range of the (key, id) index starting at k, not as a filter.
    /// </summary>
    public IQueryable<Enterprise> RowsAfter(IQueryable<Enterprise> query)
    {
        var (id, key) = (Id, Key);
        if (Sort == "registeredOn")
        {
            var on = DateOnly.ParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Desc
                ? query.Where(e => e.RegisteredOn <= on && (e.RegisteredOn < on || e.Id < id))
                : query.Where(e => e.RegisteredOn >= on && (e.RegisteredOn > on || e.Id > id));
        }
        // Run by the database, whose collation orders the names (as the list's ORDER BY does); never compared in .NET.
#pragma warning disable CA1309
        return Desc
            ? query.Where(e => string.Compare(e.Name, key) <= 0 && (string.Compare(e.Name, key) < 0 || e.Id < id))
            : query.Where(e => string.Compare(e.Name, key) >= 0 && (string.Compare(e.Name, key) > 0 || e.Id > id));
#pragma warning restore CA1309
    }

    /// <summary>The order the keyed sorts use for offset and keyed pages alike: the key, then the id, both one way.</summary>
    public static IQueryable<Enterprise> Order(IQueryable<Enterprise> query, string? sort, bool desc)
    {
        Expression<Func<Enterprise, object?>> key = (sort ?? DefaultSort) == "registeredOn" ? e => e.RegisteredOn : e => e.Name;
        return desc ? query.OrderByDescending(key).ThenByDescending(e => e.Id) : query.OrderBy(key).ThenBy(e => e.Id);
    }

    private sealed record Stored(string? S, bool D, string? K, Guid I, int P, int Z);
}
