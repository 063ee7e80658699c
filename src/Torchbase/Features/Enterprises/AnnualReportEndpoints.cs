using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Notifications;
using Torchbase.Features.Policies;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.Enterprises;

/// <summary>A yearly report with where it stands in review.</summary>
public sealed record AnnualReportView(
    AnnualReportDto Figures, ReportStatus Status, DateTimeOffset? SubmittedAt, DateTimeOffset? ReviewedAt, string? ReturnReason, int Version);

/// <summary>
/// What an enterprise files for a year: the figures (empty = not reported), the same as the park enters, and the version it last read
/// (none for a first filing).
/// </summary>
public sealed record ReportFiling(
    decimal? Revenue, decimal? HighTechRevenue, decimal? RdExpense, decimal? DomesticRdExpense, decimal? OperatingCost,
    decimal? NetAssets, decimal? TotalAssets, decimal? NetProfit, decimal? Taxes, int? Employees, int? TechStaff, int? RdStaff,
    int? InventionPatents, int? UtilityModels, int? DesignPatents, int? SoftwareCopyrights, int? OtherClassOneIp, int? Version,
    decimal? MainBusinessRevenue = null, decimal? TotalLiabilities = null, int? HighValueClassOneIp = null, int? SelfDevelopedClassOneIp = null,
    decimal? EquityFinancing = null, int? GraduatesHired = null, bool? SizeDeclaration = null)
{
    public AnnualReportDto ToDto(int year) => new(year, Revenue, HighTechRevenue, RdExpense, DomesticRdExpense, OperatingCost,
        NetAssets, TotalAssets, NetProfit, Taxes, Employees, TechStaff, RdStaff, InventionPatents, UtilityModels, DesignPatents,
        SoftwareCopyrights, OtherClassOneIp, MainBusinessRevenue, TotalLiabilities, HighValueClassOneIp, SelfDevelopedClassOneIp,
        EquityFinancing, GraduatesHired, SizeDeclaration);
}

public sealed record ReviewInput(int? Version, string? Reason);

public sealed record ReviewQuery(int? Year, ReportStatus? Status, string? Search, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record ReviewItem(Guid EnterpriseId, string CreditCode, string Name, string ParkName, int Year, ReportStatus Status,
    DateTimeOffset? SubmittedAt, DateTimeOffset? ReviewedAt, string? ReturnReason, decimal? Revenue, int Version);

public sealed record MissingQuery(int? Year, string? Search, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record MissingItem(Guid EnterpriseId, string CreditCode, string Name, string ParkName, ReportStatus? Status, string? ReturnReason);

public sealed record MissingList(int Year, Paged<MissingItem> Page);

public sealed record Reminded(int Users);

/// <summary>
/// Self-service yearly reporting: an enterprise files its report (pending), the park officer accepts it or returns it with
/// a reason, and only accepted reports count in any figure. The bureau and the parks see who has not reported for a year
/// (催报) and remind an enterprise's users with one click.
/// </summary>
public static class AnnualReportEndpoints
{
    public static void MapAnnualReportEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/annual-reports").WithTags("AnnualReports");

        group.MapGet("/enterprises/{id:guid}", ListEnterpriseReports)
            .WithName(nameof(ListEnterpriseReports))
            .WithSummary("An enterprise's yearly reports with their review status, newest first")
            .RequireAuthorization(Permissions.EnterprisesRead);
        group.MapPut("/enterprises/{id:guid}/{year:int}", FileReport)
            .WithName(nameof(FileReport))
            .WithSummary("The enterprise files (or re-files after a return) its report of a year, pending the park's review")
            .RequireAuthorization(Permissions.ReportsSubmit);
        group.MapPost("/enterprises/{id:guid}/{year:int}/accept", AcceptReport)
            .WithName(nameof(AcceptReport))
            .WithSummary("Accept a pending report: from now on its figures count")
            .RequireAuthorization(Permissions.EnterprisesWrite);
        group.MapPost("/enterprises/{id:guid}/{year:int}/return", ReturnReport)
            .WithName(nameof(ReturnReport))
            .WithSummary("Return a pending report to the enterprise with a reason")
            .RequireAuthorization(Permissions.EnterprisesWrite);
        group.MapPost("/enterprises/{id:guid}/{year:int}/remind", RemindEnterprise)
            .WithName(nameof(RemindEnterprise))
            .WithSummary("Remind the enterprise's users to file the year's report")
            .RequireAuthorization(Permissions.EnterprisesWrite);
        group.MapGet("/review", ListFiledReports)
            .WithName(nameof(ListFiledReports))
            .WithSummary("Reports filed by enterprises in scope, pending first, for review")
            .RequireAuthorization(Permissions.EnterprisesWrite);
        group.MapGet("/missing", ListMissingReports)
            .WithName(nameof(ListMissingReports))
            .WithSummary("Active enterprises in scope with no report (or a returned one) for a year: the 催报 list")
            .RequireAuthorization(Permissions.EnterprisesWrite);
    }

    public static async Task<Results<Ok<List<AnnualReportView>>, ProblemHttpResult>> ListEnterpriseReports(Guid id, [AsParameters] ApiServices api)
    {
        var enterprise = await api.Db.Enterprises.AsNoTracking().Include(e => e.Reports).FirstOrDefaultAsync(e => e.Id == id, api.Ct);
        if (enterprise is null) return Problems.NotFound();
        return TypedResults.Ok(enterprise.Reports.OrderByDescending(r => r.Year).Select(View).ToList());
    }

    public static async Task<Results<Ok<AnnualReportView>, ValidationProblem, ProblemHttpResult>> FileReport(
        Guid id, int year, ReportFiling input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var enterprise = await db.Enterprises.Include(e => e.Reports.Where(r => r.Year == year)).FirstOrDefaultAsync(e => e.Id == id, api.Ct);
        if (enterprise is null) return Problems.NotFound();
        var errors = EnterpriseValidation.Validate(year, input.ToDto(year), api.Clock.Today().Year);
        if (Math.Abs(input.NetAssets ?? 0) > Errors.MaxAmount) errors.Add("netAssets", "too_large", Errors.MaxAmount.ToString("0"));
        if (Math.Abs(input.NetProfit ?? 0) > Errors.MaxAmount) errors.Add("netProfit", "too_large", Errors.MaxAmount.ToString("0"));
        var report = enterprise.Reports.SingleOrDefault();
        if (report is not null && input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        if (report?.Status == ReportStatus.Accepted) return Problems.Conflict("report_already_accepted");
        if (report is null) db.AnnualReports.Add(report = new AnnualReport { EnterpriseId = id, Year = year });
        else db.ExpectVersion(report, input.Version!.Value);
        input.ToDto(year).ApplyTo(report);
        (report.Status, report.SubmittedAt, report.SubmittedBy) = (ReportStatus.Pending, api.Clock.GetUtcNow(), api.User.UserId());
        (report.ReviewedAt, report.ReviewedBy, report.ReturnReason) = (null, null, null);
        db.Notify(await ParkOfficersAsync(db, enterprise.ParkId, api.Ct), Text.Get("report_submitted.title", enterprise.Name, year), null,
            $"/enterprises/{id}?tab=reports");
        return await db.SaveOrConflictAsync(() => ViewAsync(db, id, year, api.Ct), api.Ct);
    }

    public static Task<Results<Ok<AnnualReportView>, ValidationProblem, ProblemHttpResult>> AcceptReport(
        Guid id, int year, ReviewInput input, [AsParameters] ApiServices api) => ReviewAsync(id, year, input, accept: true, api);

    public static Task<Results<Ok<AnnualReportView>, ValidationProblem, ProblemHttpResult>> ReturnReport(
        Guid id, int year, ReviewInput input, [AsParameters] ApiServices api) => ReviewAsync(id, year, input, accept: false, api);

    private static async Task<Results<Ok<AnnualReportView>, ValidationProblem, ProblemHttpResult>> ReviewAsync(
        Guid id, int year, ReviewInput input, bool accept, ApiServices api)
    {
        var db = api.Db;
        var enterprise = await db.Enterprises.Include(e => e.Reports.Where(r => r.Year == year)).FirstOrDefaultAsync(e => e.Id == id, api.Ct);
        if (enterprise?.Reports.SingleOrDefault() is not { } report) return Problems.NotFound();
        var errors = new Errors();
        if (input.Version is null) errors.Add("version", "required");
        if (!accept) errors.Required("reason", input.Reason).MaxLength("reason", input.Reason, 500);
        if (errors.Any) return Problems.Validation(errors);
        if (report.Status != ReportStatus.Pending) return Problems.Conflict("report_not_pending");
        db.ExpectVersion(report, input.Version!.Value);
        (report.ReviewedAt, report.ReviewedBy) = (api.Clock.GetUtcNow(), api.User.UserId());
        report.Status = accept ? ReportStatus.Accepted : ReportStatus.Returned;
        report.ReturnReason = accept ? null : input.Reason!.Trim();
        var users = await EnterpriseUsersAsync(db, id, api.Ct);
        if (accept)
        {
            db.Notify(users, Text.Get("report_accepted.title", year), null, $"/enterprises/{id}?tab=reports");
            // 政策推送: the policy items the accepted figures make it qualify for notify the enterprise, in the same save.
            await PolicyPush.NotifyNewlyMatchedAsync(db, id, api.Clock.Today(),
                f => f with { Reports = [.. f.Reports.Where(r => r.Year != year), report] }, api.Ct);
        }
        else
        {
            db.Notify(users, Text.Get("report_returned.title", year), Text.Get("report_returned.body", report.ReturnReason!),
                $"/enterprises/{id}?tab=reports");
        }
        return await db.SaveOrConflictAsync(() => ViewAsync(db, id, year, api.Ct), api.Ct);
    }

    public static async Task<Results<Ok<Reminded>, ValidationProblem, ProblemHttpResult>> RemindEnterprise(Guid id, int year, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.Enterprises.AnyAsync(e => e.Id == id, api.Ct)) return Problems.NotFound();
        var thisYear = api.Clock.Today().Year;
        if (year < 1980 || year > thisYear) return Problems.Validation(new Errors().Add("year", "year_range", 1980, thisYear));
        var users = await EnterpriseUsersAsync(db, id, api.Ct);
        db.Notify(users, Text.Get("report_reminder.title", year), Text.Get("report_reminder.body", year), $"/enterprises/{id}?tab=reports");
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Ok(new Reminded(users.Count));
    }

    public static async Task<Ok<Paged<ReviewItem>>> ListFiledReports([AsParameters] ReviewQuery q, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var query = from e in db.Enterprises.AsNoTracking()
                    from r in e.Reports
                    join p in db.Parks on e.ParkId equals p.Id
                    where r.SubmittedAt != null
                    select new { e, r, ParkName = p.Name };
        if (q.Year is { } year) query = query.Where(x => x.r.Year == year);
        if (q.Status is { } status) query = query.Where(x => x.r.Status == status);
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(x => x.e.Name.Contains(q.Search.Trim()) || x.e.CreditCode.Contains(q.Search.Trim()));
        var keys = query.SortKeys(("submittedAt", x => x.r.SubmittedAt), ("name", x => x.e.Name), ("year", x => x.r.Year), ("status", x => x.r.Status));
        // Pending first unless another order is asked for.
        var sorted = q.Sort is null
            ? query.OrderBy(x => x.r.Status == ReportStatus.Pending ? 0 : 1).ThenByDescending(x => x.r.SubmittedAt).ThenBy(x => x.r.Id)
            : query.SortBy(q.Sort, q.Desc == true, keys, "submittedAt", x => x.r.Id);
        return TypedResults.Ok(await sorted.Select(x => new ReviewItem(x.e.Id, x.e.CreditCode, x.e.Name, x.ParkName, x.r.Year, x.r.Status,
            x.r.SubmittedAt, x.r.ReviewedAt, x.r.ReturnReason, x.r.Revenue, x.r.Version)).ToPagedAsync(q, api.Ct));
    }

    public static async Task<Results<Ok<MissingList>, ValidationProblem>> ListMissingReports([AsParameters] MissingQuery q, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var thisYear = api.Clock.Today().Year;
        var year = q.Year ?? thisYear - 1;
        if (year < 1980 || year > thisYear) return Problems.Validation(new Errors().Add("year", "year_range", 1980, thisYear));
        var page = await Missing(db, year, q).ToPagedAsync(q, api.Ct);
        return TypedResults.Ok(new MissingList(year, page));
    }

    /// <summary>The 催报 list of a year, searched and sorted as asked: the list's page and its export read the same rows.</summary>
    internal static IQueryable<MissingItem> Missing(AppDbContext db, int year, MissingQuery q)
    {
        var query = from e in db.Enterprises.AsNoTracking()
                    join p in db.Parks on e.ParkId equals p.Id
                    where e.Status == EnterpriseStatus.Active
                    let report = e.Reports.FirstOrDefault(r => r.Year == year)
                    where report == null || report.Status == ReportStatus.Returned
                    select new { e, ParkName = p.Name, Status = report == null ? (ReportStatus?)null : report.Status,
                        Reason = report == null ? null : report.ReturnReason };
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(x => x.e.Name.Contains(q.Search.Trim()) || x.e.CreditCode.Contains(q.Search.Trim()));
        var keys = query.SortKeys(("name", x => x.e.Name), ("park", x => x.ParkName), ("creditCode", x => x.e.CreditCode));
        return query.SortBy(q.Sort, q.Desc == true, keys, "name", x => x.e.Id)
            .Select(x => new MissingItem(x.e.Id, x.e.CreditCode, x.e.Name, x.ParkName, x.Status, x.Reason));
    }

    private static AnnualReportView View(AnnualReport r) =>
        new(AnnualReportDto.From(r), r.Status, r.SubmittedAt, r.ReviewedAt, r.ReturnReason, r.Version);

    private static async Task<AnnualReportView?> ViewAsync(AppDbContext db, Guid id, int year, CancellationToken ct) =>
        await db.AnnualReports.AsNoTracking().Where(r => r.EnterpriseId == id && r.Year == year).FirstOrDefaultAsync(ct) is { } r ? View(r) : null;

    private static Task<List<Guid>> ParkOfficersAsync(AppDbContext db, Guid parkId, CancellationToken ct) =>
        db.Users.Where(u => u.ParkId == parkId && db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == nameof(Role.ParkOfficer))))
            .Select(u => u.Id).ToListAsync(ct);

    private static Task<List<Guid>> EnterpriseUsersAsync(AppDbContext db, Guid enterpriseId, CancellationToken ct) =>
        db.Users.Where(u => u.EnterpriseId == enterpriseId).Select(u => u.Id).ToListAsync(ct);
}
