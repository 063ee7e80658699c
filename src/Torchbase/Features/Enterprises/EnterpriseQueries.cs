using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Enterprises;

/// <summary>
/// Who reads an enterprise's contact phone in full: those who keep the registry (enterprises.write) and the enterprise's own
/// users; everyone else (a bank, an officer, a leader) reads it masked, 138****5678. One rule for detail, list, export and audit log.
/// </summary>
public readonly record struct ContactReader(bool SeesAll, Guid? OwnEnterprise)
{
    public static ContactReader Of(ClaimsPrincipal user, DataScope scope) => new(user.Can(Permissions.EnterprisesWrite), scope.EnterpriseId);

    public static ContactReader Of(ApiServices api) => Of(api.User, api.Db.Scope);

    public bool SeesPhoneOf(Guid enterpriseId) => SeesAll || enterpriseId == OwnEnterprise;

    public string? Phone(Guid enterpriseId, string? phone) => SeesPhoneOf(enterpriseId) ? phone : Masking.Phone(phone);
}

/// <summary>The registry's read side: filters, sort keys and the projection every list and export shares.</summary>
public static class EnterpriseQueries
{
    private static readonly Dictionary<string, Expression<Func<Enterprise, object?>>> SortKeys = new()
    {
        ["name"] = e => e.Name,
        ["creditCode"] = e => e.CreditCode,
        ["registeredOn"] = e => e.RegisteredOn,
        ["park"] = e => e.ParkId,
        ["scale"] = e => e.Scale,
        ["revenue"] = e => e.Reports.Where(r => r.Status == ReportStatus.Accepted).OrderByDescending(r => r.Year).Select(r => r.Revenue).FirstOrDefault(),
    };

    /// <summary>What the list's count reads, query-filter types included (a bank sees the enterprises that consented).</summary>
    private static readonly Type[] CountReads = [typeof(Enterprise), typeof(AnnualReport), typeof(QualificationHeld), typeof(DataSharingConsent)];

    /// <summary>A search's total is exact up to this many enterprises, then "10,000+" (a zone has far fewer; a province more).</summary>
    public const int SearchCountBound = 10_000;

    /// <summary>
    /// The list in its order. Name and registration date (the orders that also page by key) break ties by the id in the same
    /// direction, so that a descending page is the (key, id) index read backwards; the others by the id ascending.
    /// </summary>
    public static IQueryable<Enterprise> Filter(AppDbContext db, EnterpriseListQuery q, DateOnly today) =>
        EnterpriseCursor.PagesByKey(q.Sort)
            ? EnterpriseCursor.Order(Matching(db, q, today), q.Sort, q.Desc ?? false)
            : Matching(db, q, today).SortBy(q.Sort, q.Desc ?? false, SortKeys, "name", e => e.Id);

    /// <summary>
    /// A page of the list: by number (offset), or after the position a cursor names (see <see cref="EnterpriseCursor"/>).
    /// The total is exact, or exact up to <see cref="SearchCountBound"/> for a search. The answer carries the cursor of the
    /// next page when the order pages by key and a next page may follow.
    /// </summary>
    public static async Task<Paged<EnterpriseItem>> PageAsync(AppDbContext db, EnterpriseListQuery q, EnterpriseCursor? cursor, DateOnly today,
        ContactReader reader, IDataProtectionProvider protection, FigureCache cache, CancellationToken ct)
    {
        var desc = q.Desc ?? false;
        var matching = Matching(db, q, today);
        var (rows, page) = cursor is null
            ? (Filter(db, q, today).Skip((q.PageNumber - 1) * q.Size), q.PageNumber)
            : (EnterpriseCursor.Order(cursor.RowsAfter(matching), q.Sort, desc), cursor.Page);
        var items = await rows.Take(q.Size).ToItems(db, today, reader).ToListAsync(ct);
        var searching = !string.IsNullOrWhiteSpace(q.Search);
        // The count reads every matching row (a quarter of a second at a million enterprises, on every page turn), so it is
        // kept per caller's scope and filters until an enterprise, report, title or consent is written (FigureCache).
        var filters = string.Join('|', q.Search?.Trim(), q.ParkId, q.IndustryChain, q.Scale, q.Status, q.Qualification, q.AboveSize, today);
        var counted = await cache.GetAsync("enterprises.count", db.Scope, filters, CountReads, () => searching
            ? matching.CountUpToAsync(SearchCountBound, ct)
            : matching.CountAsync(ct));
        var (total, lowerBound) = searching ? PagingExtensions.BoundedTotal(counted, SearchCountBound) : (counted, false);
        var next = EnterpriseCursor.PagesByKey(q.Sort) && items.Count == q.Size && (lowerBound || (long)page * q.Size < total)
            ? EnterpriseCursor.After(q.Sort, desc, items[^1], page + 1, q.Size).Encode(protection)
            : null;
        return new Paged<EnterpriseItem>(items, total, page, q.Size, lowerBound, next);
    }

    /// <summary>The enterprises the list's filters select, unsorted.</summary>
    public static IQueryable<Enterprise> Matching(AppDbContext db, EnterpriseListQuery q, DateOnly today)
    {
        var query = db.Enterprises.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) query = Search(db, query, q.Search.Trim());
        if (q.ParkId is { } park) query = query.Where(e => e.ParkId == park);
        if (!string.IsNullOrWhiteSpace(q.IndustryChain)) query = query.Where(e => e.IndustryChain == q.IndustryChain);
        if (q.Scale is { } scale) query = query.Where(e => e.Scale == scale);
        if (q.Status is { } status) query = query.Where(e => e.Status == status);
        if (q.Qualification is { } type)
            query = query.Where(e => e.Qualifications.Any(x => x.Type == type && x.IssuedOn <= today && (x.ExpiresOn == null || x.ExpiresOn >= today)));
        // 规上 for the latest accepted report, run by the database (SizeFilter), as the enterprise's page states it.
        if (q.AboveSize is { } size) query = query.WhereVerdict(size);
        return query;
    }

    /// <summary>
    /// A name that contains the term as typed, or a credit code that starts with it (asked only when the term could begin one).
    /// The name goes through the grams' index first (<see cref="NameSearch"/>: every pair of the term in the name) — on
    /// PostgreSQL a GIN index over a stored text-search vector, on SQLite an FTS5 table the database keeps by triggers — then
    /// the containment is checked on the few rows left.
    /// </summary>
    public static IQueryable<Enterprise> Search(AppDbContext db, IQueryable<Enterprise> query, string term)
    {
        var code = term.ToUpperInvariant();
        var grams = NameSearch.QueryGrams(term);
        var mayBeCode = code.All(char.IsAsciiLetterOrDigit); // a constant in the SQL: the planner drops the branch that cannot match
        if (grams.Count == 0)
            return query.Where(e => e.Name.Contains(term) || (EF.Constant(mayBeCode) && e.CreditCode.StartsWith(code)));
        if (db.Database.IsNpgsql())
        {
            var all = string.Join(' ', grams);
            return query.Where(e =>
                (EF.Property<NpgsqlTypes.NpgsqlTsVector>(e, PostgresAppDbContext.SearchVector).Matches(EF.Functions.PlainToTsQuery("simple", all))
                    && e.Name.Contains(term))
                || (EF.Constant(mayBeCode) && e.CreditCode.StartsWith(code)));
        }
        // Each gram is letters and digits only (NameSearch), so quoting it makes a literal FTS5 phrase.
        var match = $"{SqliteAppDbContext.SearchGramsColumn} : ({string.Join(" AND ", grams.Select(g => $"\"{g}\""))})";
        var named = db.Database.SqlQuery<Guid>(
            $"SELECT \"Id\" AS \"Value\" FROM \"EnterpriseSearch\" WHERE \"EnterpriseSearch\" MATCH {match}");
        return query.Where(e => (named.Contains(e.Id) && e.Name.Contains(term)) || (EF.Constant(mayBeCode) && e.CreditCode.StartsWith(code)));
    }

    public static IQueryable<EnterpriseItem> ToItems(this IQueryable<Enterprise> query, AppDbContext db, DateOnly today, ContactReader reader)
    {
        // The reader's two facts as plain values: the projection stays one the database can run (the mask itself runs after).
        var (seesAll, own) = (reader.SeesAll, reader.OwnEnterprise);
        return query.Select(e => new EnterpriseItem(
            e.Id, e.CreditCode, e.Name, e.ParkId,
            db.Parks.Where(p => p.Id == e.ParkId).Select(p => p.Name).First(),
            e.IndustryChain,
            db.IndustryChains.Where(c => c.ZoneId == e.ZoneId && c.Code == e.IndustryChain).Select(c => c.Name).FirstOrDefault(),
            e.Scale, e.Status, e.RegisteredOn,
            Unique(e.Qualifications.Where(x => x.IssuedOn <= today && (x.ExpiresOn == null || x.ExpiresOn >= today)).Select(x => x.Type).ToList()),
            e.Reports.Where(r => r.Status == ReportStatus.Accepted).OrderByDescending(r => r.Year).Select(r => (int?)r.Year).FirstOrDefault(),
            e.Reports.Where(r => r.Status == ReportStatus.Accepted).OrderByDescending(r => r.Year).Select(r => r.Revenue).FirstOrDefault(),
            e.ContactName,
            seesAll || e.Id == own ? e.ContactPhone : Masking.Phone(e.ContactPhone),
            e.IndustryCode));
    }

    /// <summary>Runs after the query (SQLite cannot DISTINCT inside a correlated collection): a renewed title counts once.</summary>
    private static QualificationType[] Unique(List<QualificationType> types) => types.Distinct().Order().ToArray();

    public static async Task<EnterpriseDetail?> DetailAsync(AppDbContext db, Guid id, DateOnly today, ContactReader reader, CancellationToken ct)
    {
        // One round trip for the profile with its reports, titles and lifecycle (a few rows each: joined, they stay a few dozen
        // rows), one for the names it points to.
        var e = await db.Enterprises.AsNoTracking().AsSingleQuery()
            .Include(x => x.Reports).Include(x => x.Qualifications).Include(x => x.Lifecycle)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return null;
        var names = await db.Parks.IgnoreQueryFilters().Where(p => p.Id == e.ParkId)
            .Select(p => new
            {
                Park = p.Name,
                Chain = db.IndustryChains.IgnoreQueryFilters().Where(c => c.ZoneId == e.ZoneId && c.Code == e.IndustryChain)
                    .Select(c => c.Name).FirstOrDefault(),
            })
            .FirstAsync(ct);
        var (parkName, chainName) = (names.Park, names.Chain);
        var held = e.Qualifications.OrderByDescending(q => q.IssuedOn)
            .Select(q => new QualificationDto(q.Id, q.Type, q.Level, q.CertificateNo, q.IssuedOn, q.ExpiresOn,
                Qualifications.IsInForce(q.IssuedOn, q.ExpiresOn, today)))
            .ToList();
        return new EnterpriseDetail(e.Id, e.ZoneId, e.CreditCode, e.Name, e.ParkId, parkName, e.IndustryChain, chainName, e.IndustryLink,
            e.Scale, e.Status, e.RegisteredOn, e.Address, e.LegalRepresentative, e.ContactName,
            reader.Phone(e.Id, e.ContactPhone), e.IsDemo, e.Version,
            held.Where(q => q.InForce).Select(q => q.Type).Distinct().ToArray(),
            e.Reports.OrderByDescending(r => r.Year).Select(AnnualReportDto.From).ToList(),
            held,
            e.Lifecycle.OrderByDescending(l => l.OccurredOn).Select(l => new LifecycleDto(l.Id, l.Kind, l.OccurredOn, l.Note)).ToList(),
            e.IndustryCode, AboveSizeDto.Of(e.IndustryCode, e.Reports));
    }
}
