using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Finance;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Finance;

/// <summary>Applications to higher-level policy funds (争取上级政策资金) and their outcomes, kept by the bureau.</summary>
public static class PolicyFundEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/funds", ListPolicyFunds)
            .WithName(nameof(ListPolicyFunds))
            .WithSummary("Policy fund applications in the caller's scope, filtered, sorted and paged");
        group.MapGet("/funds/export", ExportPolicyFunds)
            .WithName(nameof(ExportPolicyFunds))
            .WithSummary("The filtered policy fund applications as an Excel workbook");
        group.MapPost("/funds", RecordPolicyFundApplication)
            .WithName(nameof(RecordPolicyFundApplication))
            .WithSummary("Record an enterprise's application to a higher-level policy fund")
            .RequireAuthorization(Permissions.FinanceManage);
        group.MapPost("/funds/{id:guid}/decide", DecidePolicyFund)
            .WithName(nameof(DecidePolicyFund))
            .WithSummary("Record the outcome of a policy fund application and the amount secured")
            .RequireAuthorization(Permissions.FinanceManage);
    }

    public static async Task<Ok<Paged<FundItem>>> ListPolicyFunds([AsParameters] FundListQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Query(api.Db, q).ToPagedAsync(q, api.Ct));

    public static async Task<FileContentHttpResult> ExportPolicyFunds([AsParameters] FundListQuery q, [AsParameters] ApiServices api)
    {
        var items = await Query(api.Db, q).ToListAsync(api.Ct);
        return Export.Xlsx("政策资金", ["申报日期", "企业", "资金项目", "级别", "年度", "申请金额(万元)", "争取金额(万元)", "状态", "兑现事项"],
            items.Select(f => (IReadOnlyList<object?>)[f.AppliedOn, f.EnterpriseName, f.FundName, Localization.Text.Get($"fund.{f.Level}"), f.Year,
                f.AppliedAmount, f.SecuredAmount, Localization.Text.Get($"fund.{f.Status}"), f.PolicyItemName]), api.Clock);
    }

    public static async Task<Results<Created<FundItem>, ValidationProblem, ProblemHttpResult>> RecordPolicyFundApplication(
        FundInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var today = api.Clock.Today();
        var errors = new Errors().Required("fundName", input.FundName).MaxLength("fundName", input.FundName, 200);
        if (input.Level is null) errors.Add("level", "required");
        if (input.Year is not { } year || year < 2000 || year > today.Year + 1) errors.Add("year", "points_bad_year");
        errors.PositiveAmount("appliedAmount", input.AppliedAmount);
        var zone = input.EnterpriseId is { } eid ? await db.Enterprises.Where(e => e.Id == eid).Select(e => (Guid?)e.ZoneId).FirstOrDefaultAsync(ct) : null;
        if (zone is null) errors.Add("enterpriseId", "finance_unknown_enterprise");
        await FinanceSupport.CheckPolicyItemAsync(db, errors, input.PolicyItemId, zone, ct);
        if (errors.Any) return Problems.Validation(errors);
        var fund = new PolicyFundApplication
        {
            ZoneId = zone!.Value, EnterpriseId = input.EnterpriseId!.Value, FundName = input.FundName!.Trim(), Level = input.Level!.Value,
            Year = input.Year!.Value, AppliedAmount = input.AppliedAmount!.Value, Status = FundStatus.Applied, AppliedOn = today,
            PolicyItemId = input.PolicyItemId,
        };
        db.PolicyFundApplications.Add(fund);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/finance/funds/{fund.Id}", await One(db, fund.Id, ct));
    }

    public static async Task<Results<Ok<FundItem>, ValidationProblem, ProblemHttpResult>> DecidePolicyFund(
        Guid id, FundDecisionInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var fund = await db.PolicyFundApplications.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (fund is null) return Problems.NotFound();
        if (fund.Status != FundStatus.Applied) return Problems.Conflict("finance_bad_step", new { CurrentStatus = fund.Status });
        var errors = new Errors();
        if (input.Approved is null) errors.Add("approved", "required");
        if (input.Version is null) errors.Add("version", "required");
        if (input.Approved == true) errors.PositiveAmount("securedAmount", input.SecuredAmount);
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(fund, input.Version!.Value);
        fund.Status = input.Approved == true ? FundStatus.Approved : FundStatus.Rejected;
        fund.SecuredAmount = input.Approved == true ? input.SecuredAmount : null;
        fund.DecidedOn = api.Clock.Today();
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Problems.Conflict("concurrency"); }
        return TypedResults.Ok(await One(db, id, ct));
    }

    private static Task<FundItem> One(AppDbContext db, Guid id, CancellationToken ct) =>
        Query(db, new FundListQuery(null, null, null, null, null, null, null, null, null, null), id).FirstAsync(ct);

    private static IQueryable<FundItem> Query(AppDbContext db, FundListQuery q, Guid? only = null)
    {
        var query = db.PolicyFundApplications.AsNoTracking();
        if (only is { } single) query = query.Where(x => x.Id == single);
        if (q.Status is { } status) query = query.Where(f => f.Status == status);
        if (q.Level is { } level) query = query.Where(f => f.Level == level);
        if (q.Year is { } year) query = query.Where(f => f.Year == year);
        if (q.PolicyItemId is { } item) query = query.Where(f => f.PolicyItemId == item);
        var rows = query.Join(db.Enterprises, f => f.EnterpriseId, e => e.Id, (f, e) => new { f, e })
            .GroupJoin(db.BenefitItems, x => x.f.PolicyItemId, i => (Guid?)i.Id, (x, items) => new { x.f, x.e, items })
            .SelectMany(x => x.items.DefaultIfEmpty(), (x, i) => new { x.f, x.e, ItemName = i == null ? null : i.Name });
        if (q.ParkId is { } park) rows = rows.Where(x => x.e.ParkId == park);
        if (!string.IsNullOrWhiteSpace(q.Search)) rows = rows.Where(x => x.e.Name.Contains(q.Search.Trim()) || x.f.FundName.Contains(q.Search.Trim()));
        var keys = rows.SortKeys(("appliedOn", x => x.f.AppliedOn), ("enterprise", x => x.e.Name), ("fundName", x => x.f.FundName),
            ("appliedAmount", x => x.f.AppliedAmount), ("securedAmount", x => x.f.SecuredAmount), ("year", x => x.f.Year));
        return rows.SortBy(q.Sort, q.Desc ?? true, keys, "appliedOn", x => x.f.Id).Select(x => new FundItem(
                x.f.Id, x.e.Id, x.e.Name, x.f.FundName, x.f.Level, x.f.Year, x.f.AppliedAmount, x.f.SecuredAmount, x.f.Status, x.f.AppliedOn, x.f.DecidedOn,
                x.f.PolicyItemId, x.ItemName, x.f.Version));
    }
}
