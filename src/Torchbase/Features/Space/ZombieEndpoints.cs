using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Space;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Space;

/// <summary>
/// Likely zombie enterprises (僵尸企业): the zone's rule set read against the records (yearly reports, leases, the registry), each
/// reason shown; officers confirm or dismiss a flag with a note. Officers only: an enterprise never sees the list.
/// </summary>
public static class ZombieEndpoints
{
    public static void MapZombieEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/zombies", ListZombies)
            .WithName(nameof(ListZombies))
            .WithSummary("Enterprises the zombie rules flag today, and those an officer has decided on, with the reasons and the decision")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapGet("/zombies/export", ExportZombies)
            .WithName(nameof(ExportZombies))
            .WithSummary("The filtered flags as an Excel workbook")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapGet("/zombies/rules", GetZombieRules)
            .WithName(nameof(GetZombieRules))
            .WithSummary("The zombie rule set in force today: the zone's own thresholds, not an official standard")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapPost("/zombies/{id:guid}/review", ReviewZombie)
            .WithName(nameof(ReviewZombie))
            .WithSummary("Confirm or dismiss an enterprise's flag with a note; a decision already taken is changed with its version")
            .RequireAuthorization(Permissions.SpaceWrite);
    }

    public static Results<Ok<ZombieRuleVersion>, ProblemHttpResult> GetZombieRules([AsParameters] ApiServices api) =>
        ZombieRules.InForce(api.Clock.Today()) is { } rules ? TypedResults.Ok(rules) : Problems.NotFound();

    public static async Task<Ok<Paged<ZombieItem>>> ListZombies([AsParameters] ZombieQuery q, [AsParameters] ApiServices api)
    {
        var items = Sort(await FilteredAsync(api, q), q);
        return TypedResults.Ok(new Paged<ZombieItem>(items.Skip((q.PageNumber - 1) * q.Size).Take(q.Size).ToList(), items.Count, q.PageNumber, q.Size));
    }

    public static async Task<FileContentHttpResult> ExportZombies([AsParameters] ZombieQuery q, [AsParameters] ApiServices api)
    {
        var items = Sort(await FilteredAsync(api, q), q);
        return Export.Xlsx("疑似僵尸企业", ["企业名称", "所属园区", "当前标记", "原因", "在租面积（平方米）", "认定结果", "认定说明", "认定时间"],
            items.Select(z => (IReadOnlyList<object?>)[z.EnterpriseName, z.ParkName, z.Flagged ? "是" : "否",
                string.Join("；", z.Reasons.Select(ReasonText)), z.LeasedArea,
                z.Decision switch { ZombieDecision.Confirmed => "已确认", ZombieDecision.Dismissed => "已排除", _ => "待核实" }, z.Note,
                z.DecidedAt?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm")]),
            api.Clock);
    }

    public static async Task<Results<Ok<ZombieItem>, ValidationProblem, ProblemHttpResult>> ReviewZombie(
        Guid id, ZombieReviewInput input, [AsParameters] ApiServices api)
    {
        var enterprise = await api.Db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, api.Ct);
        if (enterprise is null) return Problems.NotFound();
        var review = await api.Db.ZombieReviews.FirstOrDefaultAsync(r => r.EnterpriseId == id, api.Ct);
        var today = api.Clock.Today();
        var rules = ZombieRules.InForce(today);
        var verdicts = rules is null ? [] : await EvaluateAsync(api, api.Db.Enterprises.Where(e => e.Id == id), rules);
        var verdict = verdicts.GetValueOrDefault(id);
        var errors = new Errors().Required("note", input.Note).MaxLength("note", input.Note, 2000);
        if (input.Decision is null) errors.Add("decision", "required");
        else if (input.Decision == ZombieDecision.Confirmed && verdict?.Flagged != true) errors.Add("decision", "space.not_flagged");
        if (review is not null && input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        if (input.Decision == ZombieDecision.Dismissed
            && await api.Db.DisposalCases.AnyAsync(c => c.EnterpriseId == id && c.Stage != DisposalStage.Revitalized, api.Ct))
            return Problems.Conflict("space.disposal_open");
        if (review is null)
        {
            review = new ZombieReview { EnterpriseId = id, ZoneId = enterprise.ZoneId, ParkId = enterprise.ParkId, Signals = "", Note = "" };
            api.Db.ZombieReviews.Add(review);
        }
        else api.Db.ExpectVersion(review, input.Version!.Value);
        review.Decision = input.Decision!.Value;
        review.Note = input.Note!.Trim();
        review.Signals = string.Join(',', verdict?.Reasons.Select(r => r.Signal) ?? []);
        review.RulesFrom = rules?.From ?? today;
        (review.DecidedAt, review.DecidedBy) = (api.Clock.GetUtcNow(), api.User.UserId());
        return await api.Db.SaveOrConflictAsync(async () =>
            (await ItemsAsync(api, api.Db.Enterprises.Where(e => e.Id == id), all: true, verdicts)).FirstOrDefault(), api.Ct);
    }

    internal static string ReasonText(ZombieReason r) => r.Signal switch
    {
        ZombieSignal.NoRevenue => $"连续 {r.Periods} 年（至 {r.LastYear} 年）无营业收入",
        ZombieSignal.NoTaxes => $"连续 {r.Periods} 年（至 {r.LastYear} 年）无纳税",
        ZombieSignal.NoEmployees => $"连续 {r.Periods} 年（至 {r.LastYear} 年）无从业人员",
        ZombieSignal.RentArrears => $"租金拖欠 {r.Days} 天",
        _ => r.Since is { } since ? $"已迁出或注销（{since:yyyy-MM-dd}）" : "已迁出或注销",
    };

    private static List<ZombieItem> Sort(List<ZombieItem> items, ZombieQuery q)
    {
        IEnumerable<ZombieItem> sorted = q.Sort switch
        {
            "name" => items.OrderBy(z => z.EnterpriseName, StringComparer.Ordinal),
            "leasedArea" => items.OrderBy(z => z.LeasedArea),
            "decidedAt" => items.OrderBy(z => z.DecidedAt),
            _ => items.OrderBy(z => z.Reasons.Count).ThenBy(z => z.LeasedArea),
        };
        return ((q.Desc ?? (q.Sort is null)) ? sorted.Reverse() : sorted).ToList();
    }

    private static async Task<List<ZombieItem>> FilteredAsync(ApiServices api, ZombieQuery q)
    {
        var enterprises = api.Db.Enterprises.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) enterprises = enterprises.Where(e => e.Name.Contains(q.Search.Trim()));
        if (q.ParkId is { } park) enterprises = enterprises.Where(e => e.ParkId == park);
        var items = await ItemsAsync(api, enterprises, all: false);
        return items.Where(z => (q.Decision is null || z.Decision == q.Decision) && (q.Undecided != true || z.Decision is null)).ToList();
    }

    /// <summary>
    /// The enterprises flagged today or already decided on (all: every enterprise of the query), with reasons, decision and space.
    /// <paramref name="known"/>: the query's verdicts when the caller has just evaluated them (a review), not read again.
    /// </summary>
    internal static async Task<List<ZombieItem>> ItemsAsync(ApiServices api, IQueryable<Enterprise> enterprises, bool all,
        Dictionary<Guid, ZombieVerdict>? known = null)
    {
        var today = api.Clock.Today();
        var verdicts = known ?? (ZombieRules.InForce(today) is { } rules ? await EvaluateAsync(api, enterprises, rules) : []);
        var reviews = await api.Db.ZombieReviews.AsNoTracking().Where(r => enterprises.Any(e => e.Id == r.EnterpriseId))
            .ToDictionaryAsync(r => r.EnterpriseId, api.Ct);
        var ids = verdicts.Where(v => all || v.Value.Flagged).Select(v => v.Key).Union(reviews.Keys).ToList();
        var rows = await enterprises.Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, e.ParkId, Park = api.Db.Parks.Where(p => p.Id == e.ParkId).Select(p => p.Name).First() })
            .ToListAsync(api.Ct);
        var leased = await api.Db.Leases.AsNoTracking().Where(l => ids.Contains(l.EnterpriseId) && l.From <= today && l.To >= today)
            .GroupBy(l => l.EnterpriseId).Select(g => new { g.Key, Area = g.Sum(l => l.Area) }).ToDictionaryAsync(x => x.Key, x => x.Area, api.Ct);
        var cases = await api.Db.DisposalCases.AsNoTracking().Where(c => ids.Contains(c.EnterpriseId) && c.Stage != DisposalStage.Revitalized)
            .Select(c => new { c.EnterpriseId, c.Id }).ToListAsync(api.Ct);
        return rows.Select(e =>
        {
            var verdict = verdicts.GetValueOrDefault(e.Id);
            var review = reviews.GetValueOrDefault(e.Id);
            return new ZombieItem(e.Id, e.Name, e.ParkId, e.Park, verdict?.Flagged ?? false, verdict?.Reasons ?? [], leased.GetValueOrDefault(e.Id),
                review?.Decision, review?.Note, review?.DecidedAt, review?.Version,
                cases.Where(c => c.EnterpriseId == e.Id).Select(c => (Guid?)c.Id).FirstOrDefault());
        }).ToList();
    }

    /// <summary>Reads the facts the rules need for the enterprises of the query, and the verdict for each.</summary>
    internal static async Task<Dictionary<Guid, ZombieVerdict>> EvaluateAsync(ApiServices api, IQueryable<Enterprise> enterprises, ZombieRuleVersion rules)
    {
        var today = api.Clock.Today();
        var firstYear = today.Year - Math.Max(rules.NoRevenuePeriods, Math.Max(rules.NoTaxesPeriods, rules.NoEmployeesPeriods));
        var people = await enterprises.Select(e => new { e.Id, e.Status }).ToListAsync(api.Ct);
        var reports = (await api.Db.AnnualReports.AsNoTracking()
                .Where(r => r.Status == ReportStatus.Accepted && r.Year >= firstYear && enterprises.Any(e => e.Id == r.EnterpriseId))
                .Select(r => new { r.EnterpriseId, Year = new ZombieYear(r.Year, r.Revenue, r.Taxes, r.Employees) }).ToListAsync(api.Ct))
            .ToLookup(r => r.EnterpriseId, r => r.Year);
        var paid = (await api.Db.Leases.AsNoTracking()
                .Where(l => l.From <= today && l.To >= today && enterprises.Any(e => e.Id == l.EnterpriseId))
                .Select(l => new { l.EnterpriseId, l.RentPaidUntil }).ToListAsync(api.Ct))
            .ToLookup(l => l.EnterpriseId, l => l.RentPaidUntil);
        var left = await api.Db.LifecycleEvents.AsNoTracking()
            .Where(x => (x.Kind == LifecycleKind.MovedOut || x.Kind == LifecycleKind.Deregistered) && enterprises.Any(e => e.Id == x.EnterpriseId))
            .GroupBy(x => x.EnterpriseId).Select(g => new { g.Key, On = g.Max(x => x.OccurredOn) }).ToDictionaryAsync(x => x.Key, x => x.On, api.Ct);
        return people.ToDictionary(e => e.Id, e => ZombieRules.Evaluate(rules,
            new ZombieFacts([.. reports[e.Id]], e.Status, left.TryGetValue(e.Id, out var on) ? on : null, [.. paid[e.Id]]), today));
    }
}
