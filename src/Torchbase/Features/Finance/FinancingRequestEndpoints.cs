using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Finance;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Finance;

/// <summary>Financing requests: an enterprise asks for a product; the bank offers, approves, disburses or declines.</summary>
public static class FinancingRequestEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/requests", ListFinancingRequests)
            .WithName(nameof(ListFinancingRequests))
            .WithSummary("Financing requests in the caller's scope, filtered, sorted and paged, with the enterprise's latest points and grade");
        group.MapGet("/requests/export", ExportFinancingRequests)
            .WithName(nameof(ExportFinancingRequests))
            .WithSummary("The filtered financing requests as an Excel workbook");
        group.MapPost("/requests", SubmitFinancingRequest)
            .WithName(nameof(SubmitFinancingRequest))
            .WithSummary("An enterprise asks for a product it qualifies for, from a bank it shares its data with")
            .RequireAuthorization(FinancePolicies.EnterpriseUser);
        group.MapPost("/requests/{id:guid}/withdraw", WithdrawFinancingRequest)
            .WithName(nameof(WithdrawFinancingRequest))
            .WithSummary("The enterprise withdraws its request")
            .RequireAuthorization(Permissions.FinanceApply);
        group.MapPost("/requests/{id:guid}/offer", OfferFinancing)
            .WithName(nameof(OfferFinancing))
            .WithSummary("The bank offers an amount, rate and term")
            .RequireAuthorization(Permissions.FinanceBank);
        group.MapPost("/requests/{id:guid}/approve", ApproveFinancing)
            .WithName(nameof(ApproveFinancing))
            .WithSummary("The bank approves its offer")
            .RequireAuthorization(Permissions.FinanceBank);
        group.MapPost("/requests/{id:guid}/disburse", DisburseFinancing)
            .WithName(nameof(DisburseFinancing))
            .WithSummary("The bank records the loan paid out, within the offer")
            .RequireAuthorization(Permissions.FinanceBank);
        group.MapPost("/requests/{id:guid}/decline", DeclineFinancing)
            .WithName(nameof(DeclineFinancing))
            .WithSummary("The bank declines the request, with its reason")
            .RequireAuthorization(Permissions.FinanceBank);
    }

    public static async Task<Ok<Paged<RequestItem>>> ListFinancingRequests([AsParameters] RequestListQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Query(api.Db, q).ToPagedAsync(q, api.Ct));

    public static async Task<FileContentHttpResult> ExportFinancingRequests([AsParameters] RequestListQuery q, [AsParameters] ApiServices api)
    {
        var items = await Query(api.Db, q).ToListAsync(api.Ct);
        return Export.Xlsx("融资需求",
            ["提交日期", "企业", "产品", "银行", "申请金额(万元)", "期限(月)", "状态", "授信金额(万元)", "利率(%)", "放款金额(万元)", "放款日期"],
            items.Select(r => (IReadOnlyList<object?>)[r.SubmittedOn, r.EnterpriseName, r.ProductName, r.BankName, r.Amount, r.TermMonths,
                Localization.Text.Get($"financing.{r.Status}"), r.OfferedAmount, r.OfferedRate, r.DisbursedAmount, r.DisbursedOn]), api.Clock);
    }

    public static async Task<Results<Created<RequestItem>, ValidationProblem, ProblemHttpResult>> SubmitFinancingRequest(
        RequestInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        // The route's policy admits only an enterprise's own user.
        var enterprise = db.Scope.EnterpriseId!.Value;
        var errors = new Errors().MaxLength("purpose", input.Purpose, 500);
        errors.PositiveAmount("amount", input.Amount);
        if (input.TermMonths is not (> 0 and <= 120)) errors.Add("termMonths", "finance_term_range");
        var product = input.ProductId is { } pid ? await db.FinancialProducts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid && p.Active, ct) : null;
        if (product is null) errors.Add("productId", "finance_unknown_product");
        if (errors.Any) return Problems.Validation(errors);
        // A bank can only see a request from an enterprise that shares its data with it.
        if (!await db.Enterprises.Where(e => e.Id == enterprise).SelectMany(e => e.Consents)
                .AnyAsync(c => c.BankId == product!.BankId && c.RevokedAt == null, ct))
            return Problems.Validation(errors.Add("productId", "finance_consent_required"));
        var profile = await FinanceSupport.ProfileAsync(db, enterprise, api.Clock.Today(), ct);
        var eligibility = FinancingRules.Check(product!, profile, input.Amount, input.TermMonths);
        foreach (var gap in eligibility.Gaps)
            errors.Add(gap.Code switch { "over_limit" => "amount", "term_too_long" => "termMonths", _ => "productId" },
                $"finance_{gap.Code}", gap.Required, gap.Actual ?? "—");
        if (errors.Any) return Problems.Validation(errors);
        var zone = await db.Enterprises.Where(e => e.Id == enterprise).Select(e => e.ZoneId).FirstAsync(ct);
        var request = new FinancingRequest
        {
            ZoneId = zone, EnterpriseId = enterprise, ProductId = product!.Id, BankId = product.BankId, Amount = input.Amount!.Value,
            TermMonths = input.TermMonths!.Value, Purpose = input.Purpose?.Trim(), Status = FinancingStatus.Submitted, SubmittedOn = api.Clock.Today(),
        };
        db.FinancingRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/finance/requests/{request.Id}", await One(db, request.Id, ct));
    }

    public static Task<Results<Ok<RequestItem>, ValidationProblem, ProblemHttpResult>> WithdrawFinancingRequest(
        Guid id, StepInput input, [AsParameters] ApiServices api) =>
        Step(api, id, input.Version, FinancingStatus.Withdrawn, (r, _) => r.BankNote ??= input.Note?.Trim(), new Errors().MaxLength("note", input.Note, 500));

    public static Task<Results<Ok<RequestItem>, ValidationProblem, ProblemHttpResult>> OfferFinancing(
        Guid id, OfferInput input, [AsParameters] ApiServices api)
    {
        var errors = new Errors().MaxLength("note", input.Note, 500);
        errors.PositiveAmount("amount", input.Amount);
        if (input.Rate is not (> 0 and < 36)) errors.Add("rate", "finance_rate_range");
        if (input.TermMonths is not (> 0 and <= 120)) errors.Add("termMonths", "finance_term_range");
        var today = api.Clock.Today();
        return Step(api, id, input.Version, FinancingStatus.Offered, (r, _) =>
        {
            r.OfferedAmount = input.Amount;
            r.OfferedRate = input.Rate;
            r.OfferedTermMonths = input.TermMonths;
            r.OfferedOn = today;
            r.BankNote = input.Note?.Trim();
        }, errors);
    }

    public static Task<Results<Ok<RequestItem>, ValidationProblem, ProblemHttpResult>> ApproveFinancing(
        Guid id, StepInput input, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        return Step(api, id, input.Version, FinancingStatus.Approved, (r, _) => r.ApprovedOn = today, new Errors());
    }

    public static Task<Results<Ok<RequestItem>, ValidationProblem, ProblemHttpResult>> DisburseFinancing(
        Guid id, DisburseInput input, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        var errors = new Errors();
        errors.PositiveAmount("amount", input.Amount);
        if (input.DisbursedOn > today) errors.Add("disbursedOn", "finance_future_date");
        return Step(api, id, input.Version, FinancingStatus.Disbursed, (r, e) =>
        {
            if (input.Amount > r.OfferedAmount) e.Add("amount", "finance_over_offer", r.OfferedAmount!.Value.ToString("0.##"));
            r.DisbursedAmount = input.Amount;
            r.DisbursedOn = input.DisbursedOn ?? today;
        }, errors);
    }

    public static Task<Results<Ok<RequestItem>, ValidationProblem, ProblemHttpResult>> DeclineFinancing(
        Guid id, StepInput input, [AsParameters] ApiServices api) =>
        Step(api, id, input.Version, FinancingStatus.Declined, (r, _) => r.BankNote = input.Note?.Trim(),
            new Errors().Required("note", input.Note).MaxLength("note", input.Note, 500));

    /// <summary>Moves a request one step after checking the input, the state machine and the version the caller saw.</summary>
    private static async Task<Results<Ok<RequestItem>, ValidationProblem, ProblemHttpResult>> Step(
        ApiServices api, Guid id, int? version, FinancingStatus to, Action<FinancingRequest, Errors> apply, Errors errors)
    {
        var (db, ct) = (api.Db, api.Ct);
        var request = await db.FinancingRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return Problems.NotFound();
        if (version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        if (!FinancingRules.CanMove(request.Status, to)) return Problems.Conflict("finance_bad_step", new { CurrentStatus = request.Status });
        db.ExpectVersion(request, version!.Value);
        apply(request, errors);
        if (errors.Any) return Problems.Validation(errors);
        request.Status = to;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Problems.Conflict("concurrency", new { Current = await One(db, id, ct) });
        }
        return TypedResults.Ok(await One(db, id, ct));
    }

    private static Task<RequestItem> One(AppDbContext db, Guid id, CancellationToken ct) =>
        Query(db, new RequestListQuery(null, null, null, null, null, null, null), id).FirstAsync(ct);

    private static IQueryable<RequestItem> Query(AppDbContext db, RequestListQuery q, Guid? only = null)
    {
        var query = db.FinancingRequests.AsNoTracking();
        if (only is { } single) query = query.Where(x => x.Id == single);
        if (q.Status is { } status) query = query.Where(r => r.Status == status);
        if (q.BankId is { } bankId) query = query.Where(r => r.BankId == bankId);
        var rows = query.Join(db.Enterprises, r => r.EnterpriseId, e => e.Id, (r, e) => new { r, e })
            .Join(db.FinancialProducts, x => x.r.ProductId, p => p.Id, (x, p) => new { x.r, x.e, p });
        if (!string.IsNullOrWhiteSpace(q.Search)) rows = rows.Where(x => x.e.Name.Contains(q.Search.Trim()) || x.p.Name.Contains(q.Search.Trim()));
        var keys = rows.SortKeys(("submittedOn", x => x.r.SubmittedOn), ("amount", x => x.r.Amount), ("enterprise", x => x.e.Name),
            ("status", x => x.r.Status));
        return rows.SortBy(q.Sort, q.Desc ?? true, keys, "submittedOn", x => x.r.Id).Select(x => new RequestItem(
                x.r.Id, x.e.Id, x.e.Name, x.p.Id, x.p.Name, x.p.Kind, x.r.BankId, db.Banks.Where(b => b.Id == x.r.BankId).Select(b => b.Name).First(),
                x.r.Amount, x.r.TermMonths, x.r.Purpose, x.r.Status, x.r.SubmittedOn, x.r.OfferedAmount, x.r.OfferedRate, x.r.OfferedTermMonths,
                x.r.OfferedOn, x.r.ApprovedOn, x.r.DisbursedAmount, x.r.DisbursedOn, x.r.BankNote,
                db.EnterpriseScores.Where(s => s.EnterpriseId == x.e.Id).OrderByDescending(s => s.Year).ThenByDescending(s => s.SetNumber)
                    .Select(s => (double?)s.Total).FirstOrDefault(),
                db.EnterpriseScores.Where(s => s.EnterpriseId == x.e.Id).OrderByDescending(s => s.Year).ThenByDescending(s => s.SetNumber)
                    .Select(s => s.Grade).FirstOrDefault(),
                x.r.Version));
    }
}
