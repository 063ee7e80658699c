using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;

namespace Torchbase.Features.Cultivation;

/// <summary>The renewal calendar's filters: the days ahead it looks, a title, a state, a park and a name or credit code.</summary>
public sealed record RenewalQuery(int? Within, QualificationType? Type, RenewalState? State, Guid? ParkId, string? Search,
    int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc)
{
    public const int DefaultWithin = 180;
    public const int MaxWithin = 3 * 366;
}

/// <summary>A held title that ends within the calendar's days (or ended in the last year), and what keeping it takes.</summary>
public sealed record RenewalRow(Guid EnterpriseId, string EnterpriseName, string CreditCode, string ParkName, QualificationType Type,
    string? CertificateNo, DateOnly IssuedOn, DateOnly ExpiresOn, int DaysLeft, RenewalState State, RenewalKind Kind, bool Confirmed);

/// <summary>The rule behind the calendar's rows, shown beside the list with its source.</summary>
public sealed record RenewalRuleDto(QualificationType Type, RenewalKind Kind, IReadOnlyList<int> ReminderDays, string Source, bool Confirmed);

public sealed record RenewalCalendar(Paged<RenewalRow> Page, IReadOnlyList<RenewalRuleDto> Rules);

/// <summary>
/// The renewal calendar (续期日历): every title held in scope that ends soon or has just ended — 高企 certificates, 科技型中小企业
/// registrations, 专精特新 and 小巨人 (reviewed on expiry) — with the reminder steps of <see cref="Renewals"/>. Only an
/// enterprise's latest title of a kind counts: a renewed certificate hides the one it replaced.
/// </summary>
public static class RenewalEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/renewals", ListRenewals)
            .WithName(nameof(ListRenewals))
            .WithSummary("Titles held in scope that end within the given days or ended in the last year, with the renewal rule of each");
        group.MapGet("/renewals/export", ExportRenewals)
            .WithName(nameof(ExportRenewals))
            .WithSummary("The filtered renewal calendar as an Excel workbook");
    }

    public static async Task<Results<Ok<RenewalCalendar>, ValidationProblem>> ListRenewals([AsParameters] RenewalQuery q, [AsParameters] ApiServices api)
    {
        if (Validate(q) is { Any: true } errors) return Problems.Validation(errors);
        var rows = await LoadAsync(api.Db, q, api.Clock.Today(), api.Ct);
        var page = rows.Skip((q.PageNumber - 1) * q.Size).Take(q.Size).ToList();
        var rules = Renewals.Rules.Select(r => new RenewalRuleDto(r.Type, r.Kind, r.ReminderDays, r.Source, r.Confirmed)).ToList();
        return TypedResults.Ok(new RenewalCalendar(new Paged<RenewalRow>(page, rows.Count, q.PageNumber, q.Size), rules));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportRenewals([AsParameters] RenewalQuery q, [AsParameters] ApiServices api)
    {
        if (Validate(q) is { Any: true } errors) return Problems.Validation(errors);
        var rows = await LoadAsync(api.Db, q, api.Clock.Today(), api.Ct);
        return Export.Xlsx("续期日历", CultivationSheets.RenewalHeaders, rows.Select(CultivationSheets.RenewalRow), api.Clock);
    }

    private static Errors Validate(RenewalQuery q)
    {
        var errors = new Errors();
        if (q.Within is < 1 or > RenewalQuery.MaxWithin) errors.Add("within", "between", 1, RenewalQuery.MaxWithin);
        return errors;
    }

    /// <summary>Every row of the filtered calendar, sorted (days left by default: the most pressing first).</summary>
    public static async Task<List<RenewalRow>> LoadAsync(AppDbContext db, RenewalQuery q, DateOnly today, CancellationToken ct)
    {
        var within = q.Within ?? RenewalQuery.DefaultWithin;
        var enterprises = db.Enterprises.AsNoTracking().Where(e => e.Status == EnterpriseStatus.Active);
        if (q.ParkId is { } park) enterprises = enterprises.Where(e => e.ParkId == park);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            enterprises = enterprises.Where(e => e.Name.Contains(s) || e.CreditCode.Contains(s));
        }
        // A title without a recorded end is read whole (its default validity decides); one with an end only near the window.
        var (earliest, latest) = (today.AddDays(-366), today.AddDays(within));
        var held = await enterprises
            .SelectMany(e => e.Qualifications.Where(t => (q.Type == null || t.Type == q.Type) && (t.ExpiresOn == null || t.ExpiresOn >= earliest)),
                (e, t) => new { e.Name, e.CreditCode, e.ParkId, Title = t })
            .ToListAsync(ct);
        var parks = await db.Parks.AsNoTracking().Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var rows = Renewals.LatestOfEachKind(held, h => h.Title)
            .Select(h => (Held: h, Due: Renewals.Due(h.Title.Type, h.Title.IssuedOn, h.Title.ExpiresOn, today, within)))
            .Where(x => x.Due is not null && x.Due.ExpiresOn <= latest && (q.State == null || x.Due.State == q.State))
            .Select(x => new RenewalRow(x.Held.Title.EnterpriseId, x.Held.Name, x.Held.CreditCode, parks.GetValueOrDefault(x.Held.ParkId, ""),
                x.Held.Title.Type, x.Held.Title.CertificateNo, x.Held.Title.IssuedOn, x.Due!.ExpiresOn, x.Due.DaysLeft, x.Due.State, x.Due.Kind,
                x.Due.Confirmed));
        var desc = q.Desc == true;
        Func<RenewalRow, object> key = q.Sort switch
        {
            "name" => r => r.EnterpriseName,
            "type" => r => r.Type,
            "parkName" => r => r.ParkName,
            _ => r => r.DaysLeft,
        };
        var sorted = desc ? rows.OrderByDescending(key) : rows.OrderBy(key);
        return [.. sorted.ThenBy(r => r.EnterpriseName, StringComparer.Ordinal).ThenBy(r => r.Type)];
    }
}
