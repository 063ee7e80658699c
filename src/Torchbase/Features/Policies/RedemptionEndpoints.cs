using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Policies;
using Torchbase.Features.Organisation;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Policies;

/// <summary>
/// 兑现: an enterprise applies (declarations confirmed) → its park reviews → the bureau reviews and opens the 公示 (working days on the
/// zone's calendar; objections recorded and decided) → payout, which consumes the item's budget atomically. 免申即享 items are paid in
/// one batch to the qualifying enterprises, without applications.
/// </summary>
public static class RedemptionEndpoints
{
    /// <summary>Amounts are kept to the fen: a remaining budget within half a fen of the amount is enough (SQLite keeps money as REAL).</summary>
    private const decimal HalfFen = 0.00005m;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/applications", ListBenefitApplications)
            .WithName(nameof(ListBenefitApplications))
            .WithSummary("Benefit applications and payments in the caller's scope (an enterprise its own, a park officer its park's), paged");
        group.MapGet("/applications/{id:guid}", GetBenefitApplication)
            .WithName(nameof(GetBenefitApplication))
            .WithSummary("One benefit application with its reviews, notice, objections and payout");
        group.MapPost("/items/{itemId:guid}/applications", ApplyForBenefit)
            .WithName(nameof(ApplyForBenefit))
            .WithSummary("An enterprise applies for a benefit item it qualifies for, making the declarations the item asks for")
            .RequireAuthorization(Permissions.PoliciesApply);
        group.MapPost("/applications/{id:guid}/park-review", ReviewBenefitAsPark)
            .WithName(nameof(ReviewBenefitAsPark))
            .WithSummary("The park officer approves or rejects a submitted application (confirming its declarations)")
            .RequireAuthorization(Permissions.PoliciesReview);
        group.MapPost("/applications/{id:guid}/bureau-review", ReviewBenefitAsBureau)
            .WithName(nameof(ReviewBenefitAsBureau))
            .WithSummary("The bureau approves an application and opens its public notice, or rejects it")
            .RequireAuthorization(Permissions.PoliciesManage);
        group.MapPost("/applications/{id:guid}/objections", RecordBenefitObjection)
            .WithName(nameof(RecordBenefitObjection))
            .WithSummary("Record an objection raised during an application's public notice")
            .RequireAuthorization(Permissions.PoliciesManage);
        group.MapPost("/applications/{id:guid}/objections/{objectionId:guid}/decide", DecideBenefitObjection)
            .WithName(nameof(DecideBenefitObjection))
            .WithSummary("Decide an objection: upheld rejects the application, dismissed lets the notice pass")
            .RequireAuthorization(Permissions.PoliciesManage);
        group.MapPost("/applications/{id:guid}/payout", PayBenefit)
            .WithName(nameof(PayBenefit))
            .WithSummary("Pay an application whose notice has passed, consuming the item's budget (refused when too little is left)")
            .RequireAuthorization(Permissions.PoliciesManage);
        group.MapPost("/items/{itemId:guid}/batch-payout", PayBenefitBatch)
            .WithName(nameof(PayBenefitBatch))
            .WithSummary("免申即享: pay a no-application item to the reviewed qualifying enterprises in one action, within the budget")
            .RequireAuthorization(Permissions.PoliciesManage);
    }

    public static async Task<Ok<Paged<ApplicationItem>>> ListBenefitApplications([AsParameters] ApplicationQuery q, [AsParameters] ApiServices api)
    {
        var query = api.Db.BenefitApplications.AsNoTracking();
        if (q.Status is { } status) query = query.Where(a => a.Status == status);
        if (q.ItemId is { } item) query = query.Where(a => a.ItemId == item);
        var rows = from a in query
                   join e in api.Db.Enterprises on a.EnterpriseId equals e.Id
                   join i in api.Db.BenefitItems on a.ItemId equals i.Id
                   join p in api.Db.Policies on a.PolicyId equals p.Id
                   select new { a, e.Name, Item = i.Name, p.Title };
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            rows = rows.Where(x => x.Name.Contains(s) || x.Item.Contains(s) || x.Title.Contains(s));
        }
        var keys = rows.SortKeys(("appliedOn", x => x.a.AppliedOn), ("enterprise", x => x.Name), ("amount", x => x.a.Amount), ("status", x => x.a.Status),
            ("paidOn", x => x.a.PaidOn));
        var page = await rows.SortBy(q.Sort, q.Desc ?? true, keys, "appliedOn", x => x.a.Id)
            .Select(x => new { x.a.Id, x.Name, x.Item, x.Title }).ToPagedAsync(q, api.Ct);
        var ids = page.Items.Select(x => x.Id).ToList();
        var full = await api.Db.BenefitApplications.AsNoTracking().Include(a => a.Objections).Include(a => a.Attachments)
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, api.Ct);
        return TypedResults.Ok(new Paged<ApplicationItem>(page.Items.Select(x => View(full[x.Id], x.Name, x.Title, x.Item)).ToList(), page.Total, page.Page,
            page.PageSize));
    }

    public static async Task<Results<Ok<ApplicationItem>, ProblemHttpResult>> GetBenefitApplication(Guid id, [AsParameters] ApiServices api) =>
        await FindAsync(api.Db, id, api.Ct) is { } a ? TypedResults.Ok(a) : Problems.NotFound();

    public static async Task<Results<Created<ApplicationItem>, ValidationProblem, ProblemHttpResult>> ApplyForBenefit(Guid itemId, ApplyInput input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (db.Scope.EnterpriseId is not { } enterpriseId) return Problems.NotFound();
        var item = await db.BenefitItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Problems.NotFound();
        var policy = await db.Policies.AsNoTracking().FirstAsync(p => p.Id == item.PolicyId, ct);
        var today = api.Clock.Today();
        var declared = input.Declared ?? [];
        var errors = new Errors();
        if (declared.Count > item.Conditions.Count || declared.Distinct().Count() != declared.Count
            || declared.Any(d => d < 0 || d >= item.Conditions.Count || item.Conditions[d].Kind != ConditionKind.Declaration))
            errors.Add("declared", "policy_bad_declaration");
        if (errors.Any) return Problems.Validation(errors);
        if (policy.State != PolicyState.Published || !policy.IsInForce(today)) return Problems.Conflict("policy_not_in_force");
        if (item.NoApplication) return Problems.Conflict("policy_no_application");
        if (await db.BenefitApplications.AnyAsync(a => a.ItemId == itemId && a.EnterpriseId == enterpriseId
                && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Paid, ct))
            return Problems.Conflict("policy_already_applied");
        var enterprise = (await PolicyMatching.LoadAsync(db, db.Enterprises.Where(e => e.Id == enterpriseId), today, ct)).Single();
        var received = (await PolicyMatching.ReceivedAsync(db, itemId, ct)).GetValueOrDefault(enterpriseId);
        var evaluation = PolicyMatching.Evaluate(item, enterprise, declared, received);
        if (evaluation.Verdict == BenefitVerdict.EligibleOnDeclaration)
            return Problems.Validation(new Errors().Add("declared", "policy_declaration_missing"));
        if (evaluation.Verdict != BenefitVerdict.Eligible || evaluation.Amount is not > 0)
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "policy_not_eligible", new { evaluation.Verdict });
        var application = new BenefitApplication
        {
            Id = Guid.CreateVersion7(), ZoneId = enterprise.Enterprise.ZoneId, ParkId = enterprise.Enterprise.ParkId, EnterpriseId = enterpriseId,
            PolicyId = policy.Id, ItemId = itemId, Status = ApplicationStatus.Submitted, Declared = [.. declared.Order()], Amount = evaluation.Amount.Value,
            AppliedOn = today,
        };
        db.BenefitApplications.Add(application);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/policies/applications/{application.Id}", (await FindAsync(db, application.Id, ct))!);
    }

    public static async Task<Results<Ok<ApplicationItem>, ValidationProblem, ProblemHttpResult>> ReviewBenefitAsPark(Guid id, ParkReviewInput input,
        [AsParameters] ApiServices api)
    {
        var errors = new Errors().MaxLength("note", input.Note, 500);
        if (input.Approved is null) errors.Add("approved", "required");
        if (input.Version is null) errors.Add("version", "required");
        if (input.Approved == false) errors.Required("note", input.Note);
        if (errors.Any) return Problems.Validation(errors);
        var a = await api.Db.BenefitApplications.FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (a is null) return Problems.NotFound();
        if (a.Status != ApplicationStatus.Submitted) return Problems.Conflict("finance_bad_step", new { CurrentStatus = a.Status });
        api.Db.ExpectVersion(a, input.Version!.Value);
        a.Status = input.Approved == true ? ApplicationStatus.ParkApproved : ApplicationStatus.Rejected;
        a.ParkReviewer = api.Db.Scope.UserName;
        a.ParkReviewedOn = api.Clock.Today();
        a.ReviewNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api.Db, id, api.Ct), api.Ct);
    }

    public static async Task<Results<Ok<ApplicationItem>, ValidationProblem, ProblemHttpResult>> ReviewBenefitAsBureau(Guid id, BureauReviewInput input,
        ZoneDeadlines deadlines, [AsParameters] ApiServices api)
    {
        var errors = new Errors().MaxLength("note", input.Note, 500);
        if (input.Approved is null) errors.Add("approved", "required");
        if (input.Version is null) errors.Add("version", "required");
        if (input.Approved == false) errors.Required("note", input.Note);
        if (input.Approved == true)
        {
            if (input.NoticeFrom is null) errors.Add("noticeFrom", "required");
            if (input.NoticeDays is not (>= 1 and <= 30)) errors.Add("noticeDays", "policy_bad_notice_days");
            if (input.Amount is not null) errors.PositiveAmount("amount", input.Amount);
        }
        if (errors.Any) return Problems.Validation(errors);
        var a = await api.Db.BenefitApplications.FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (a is null) return Problems.NotFound();
        if (a.Status != ApplicationStatus.ParkApproved) return Problems.Conflict("finance_bad_step", new { CurrentStatus = a.Status });
        var today = api.Clock.Today();
        if (input.Approved == true)
        {
            if (input.Amount > a.Amount) return Problems.Validation(new Errors().Add("amount", "policy_over_computed", a.Amount));
            if (input.NoticeFrom < a.AppliedOn) return Problems.Validation(new Errors().Add("noticeFrom", "policy_notice_before_application"));
            var calendar = (await deadlines.ForZoneAsync(a.ZoneId, api.Ct)).Calendar;
            a.Status = ApplicationStatus.InNotice;
            a.Amount = input.Amount ?? a.Amount;
            a.NoticeFrom = input.NoticeFrom;
            a.NoticeDays = input.NoticeDays;
            // The notice's first day counts when it is a working day: N working days from NoticeFrom on.
            a.NoticeUntil = calendar.AddWorkingDays(input.NoticeFrom!.Value.AddDays(-1), input.NoticeDays!.Value);
        }
        else a.Status = ApplicationStatus.Rejected;
        api.Db.ExpectVersion(a, input.Version!.Value);
        a.BureauReviewer = api.Db.Scope.UserName;
        a.BureauReviewedOn = today;
        a.ReviewNote = string.IsNullOrWhiteSpace(input.Note) ? a.ReviewNote : input.Note.Trim();
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api.Db, id, api.Ct), api.Ct);
    }

    public static async Task<Results<Ok<ApplicationItem>, ValidationProblem, ProblemHttpResult>> RecordBenefitObjection(Guid id, ObjectionInput input,
        [AsParameters] ApiServices api)
    {
        var errors = new Errors().Required("text", input.Text).MaxLength("text", input.Text, 1000);
        if (errors.Any) return Problems.Validation(errors);
        var a = await api.Db.BenefitApplications.FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (a is null) return Problems.NotFound();
        if (a.Status != ApplicationStatus.InNotice) return Problems.Conflict("finance_bad_step", new { CurrentStatus = a.Status });
        api.Db.BenefitObjections.Add(new BenefitObjection
        {
            Id = Guid.CreateVersion7(), ApplicationId = id, RecordedOn = api.Clock.Today(), Text = input.Text!.Trim(), Decision = ObjectionDecision.Pending,
        });
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Ok((await FindAsync(api.Db, id, api.Ct))!);
    }

    public static async Task<Results<Ok<ApplicationItem>, ValidationProblem, ProblemHttpResult>> DecideBenefitObjection(Guid id, Guid objectionId,
        ObjectionDecisionInput input, [AsParameters] ApiServices api)
    {
        var errors = new Errors().Required("note", input.Note).MaxLength("note", input.Note, 500);
        if (input.Upheld is null) errors.Add("upheld", "required");
        if (errors.Any) return Problems.Validation(errors);
        var a = await api.Db.BenefitApplications.Include(x => x.Objections).FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        var objection = a?.Objections.FirstOrDefault(o => o.Id == objectionId);
        if (a is null || objection is null) return Problems.NotFound();
        if (objection.Decision != ObjectionDecision.Pending || a.Status != ApplicationStatus.InNotice)
            return Problems.Conflict("finance_bad_step", new { CurrentStatus = a.Status });
        objection.Decision = input.Upheld == true ? ObjectionDecision.Upheld : ObjectionDecision.Dismissed;
        objection.DecidedOn = api.Clock.Today();
        objection.DecisionNote = input.Note!.Trim();
        if (input.Upheld == true) a.Status = ApplicationStatus.Rejected;
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api.Db, id, api.Ct), api.Ct);
    }

    public static async Task<Results<Ok<ApplicationItem>, ValidationProblem, ProblemHttpResult>> PayBenefit(Guid id, PayoutInput input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var today = api.Clock.Today();
        var errors = new Errors().PositiveAmount("amount", input.Amount);
        if (input.PaidOn is null) errors.Add("paidOn", "required");
        else if (input.PaidOn > today) errors.Add("paidOn", "policy_paid_in_future");
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        var a = await db.BenefitApplications.Include(x => x.Objections).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return Problems.NotFound();
        if (a.Status != ApplicationStatus.InNotice) return Problems.Conflict("finance_bad_step", new { CurrentStatus = a.Status });
        if (!Redemption.NoticePassed(a, today)) return Problems.Conflict("policy_notice_running", new { a.NoticeUntil });
        if (input.Amount > a.Amount) return Problems.Validation(new Errors().Add("amount", "policy_over_computed", a.Amount));
        if (input.PaidOn < a.NoticeUntil) return Problems.Validation(new Errors().Add("paidOn", "policy_paid_before_notice"));
        var amount = input.Amount!.Value;
        db.ExpectVersion(a, input.Version!.Value);
        a.Status = ApplicationStatus.Paid;
        a.PaidAmount = amount;
        a.PaidOn = input.PaidOn;
        a.PaidBy = db.Scope.UserName;
        var refused = await ConsumeAsync(db, a.ItemId, a.ZoneId, amount, ct);
        if (refused is not null) return refused;
        return TypedResults.Ok((await FindAsync(db, id, ct))!);
    }

    public static async Task<Results<Ok<BatchResult>, ValidationProblem, ProblemHttpResult>> PayBenefitBatch(Guid itemId, BatchPayoutInput input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var today = api.Clock.Today();
        var errors = new Errors();
        if (input.EnterpriseIds is not { Count: > 0 } ids) errors.Add("enterpriseIds", "required");
        else if (ids.Count > 10_000 || ids.Distinct().Count() != ids.Count) errors.Add("enterpriseIds", "invalid_value");
        if (input.PaidOn is null) errors.Add("paidOn", "required");
        else if (input.PaidOn > today) errors.Add("paidOn", "policy_paid_in_future");
        if (errors.Any) return Problems.Validation(errors);
        var item = await db.BenefitItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Problems.NotFound();
        var policy = await db.Policies.AsNoTracking().FirstAsync(p => p.Id == item.PolicyId, ct);
        if (!item.NoApplication) return Problems.Conflict("policy_needs_application");
        if (policy.State != PolicyState.Published || !policy.IsInForce(today)) return Problems.Conflict("policy_not_in_force");
        var qualifying = (await PolicyEndpoints.QualifyingAsync(db, policy.ZoneId, item, today, ct)).ToDictionary(r => r.EnterpriseId);
        var notQualifying = input.EnterpriseIds!.Where(e => !qualifying.ContainsKey(e)).ToList();
        if (notQualifying.Count > 0) return Problems.Validation(new Errors().Add("enterpriseIds", "policy_batch_not_qualifying", notQualifying.Count));
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => input.EnterpriseIds!.Contains(e.Id))
            .Select(e => new { e.Id, e.ZoneId, e.ParkId }).ToListAsync(ct);
        foreach (var e in enterprises)
            db.BenefitApplications.Add(new BenefitApplication
            {
                Id = Guid.CreateVersion7(), ZoneId = e.ZoneId, ParkId = e.ParkId, EnterpriseId = e.Id, PolicyId = policy.Id, ItemId = itemId,
                Status = ApplicationStatus.Paid, NoApplication = true, Amount = qualifying[e.Id].Amount!.Value, AppliedOn = today,
                BureauReviewer = db.Scope.UserName, BureauReviewedOn = today, PaidAmount = qualifying[e.Id].Amount, PaidOn = input.PaidOn,
                PaidBy = db.Scope.UserName,
            });
        var total = enterprises.Sum(e => qualifying[e.Id].Amount!.Value);
        var refused = await ConsumeAsync(db, itemId, policy.ZoneId, total, ct);
        if (refused is not null) return refused;
        var remaining = await db.BenefitItems.AsNoTracking().Where(i => i.Id == itemId).Select(i => i.Budget - i.Paid).FirstAsync(ct);
        return TypedResults.Ok(new BatchResult(enterprises.Count, total, item.Budget is null ? null : remaining));
    }

    /// <summary>
    /// Consumes <paramref name="amount"/> of the item's budget and saves the pending changes in one transaction. The budget is taken by a
    /// conditional UPDATE (only where what is left covers the amount), so two payouts racing for the last of a budget cannot both pass:
    /// the database serialises them and the second finds too little left. Null when paid; else the refusal, with nothing written.
    /// </summary>
    private static async Task<ProblemHttpResult?> ConsumeAsync(AppDbContext db, Guid itemId, Guid zoneId, decimal amount, CancellationToken ct)
    {
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var taken = await db.BenefitItems.Where(i => i.Id == itemId && (i.Budget == null || i.Budget - i.Paid >= amount - HalfFen))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Paid, i => i.Paid + amount), ct);
            if (taken == 0)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                var left = await db.BenefitItems.AsNoTracking().Where(i => i.Id == itemId).Select(i => i.Budget - i.Paid).FirstOrDefaultAsync(ct);
                return Problems.Of(StatusCodes.Status409Conflict, "policy_budget_exhausted", new { Remaining = left }, left ?? 0);
            }
            DataChangeInterceptor.Wrote(db, typeof(BenefitItem));
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(), At = db.Clock.GetUtcNow(), UserId = db.Scope.UserId, UserName = db.Scope.UserName ?? "system", ZoneId = zoneId,
                Action = AuditActions.Updated, Entity = nameof(BenefitItem), EntityId = itemId.ToString(), Summary = $"budget consumed {amount}",
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Problems.Conflict("concurrency");
            }
            await tx.CommitAsync(ct);
            return null;
        });
    }

    private static async Task<ApplicationItem?> FindAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var a = await db.BenefitApplications.AsNoTracking().Include(x => x.Objections).Include(x => x.Attachments)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        var names = await (from e in db.Enterprises.IgnoreQueryFilters()
                           where e.Id == a.EnterpriseId
                           select e.Name).FirstAsync(ct);
        var item = await db.BenefitItems.IgnoreQueryFilters().Where(i => i.Id == a.ItemId).Select(i => i.Name).FirstAsync(ct);
        var policy = await db.Policies.IgnoreQueryFilters().Where(p => p.Id == a.PolicyId).Select(p => p.Title).FirstAsync(ct);
        return View(a, names, policy, item);
    }

    private static ApplicationItem View(BenefitApplication a, string enterprise, string policy, string item) =>
        new(a.Id, a.EnterpriseId, enterprise, a.PolicyId, policy, a.ItemId, item, a.Status, a.NoApplication, a.Amount, a.AppliedOn, a.ParkReviewer,
            a.ParkReviewedOn, a.BureauReviewer, a.BureauReviewedOn, a.ReviewNote, a.NoticeFrom, a.NoticeUntil, a.PaidAmount, a.PaidOn, a.Declared,
            a.Objections.OrderBy(o => o.Id).Select(o => new ObjectionView(o.Id, o.RecordedOn, o.Text, o.Decision, o.DecidedOn, o.DecisionNote)).ToList(),
            a.Attachments.OrderBy(f => f.Id).Select(BenefitAttachmentEndpoints.View).ToList(), a.Version);
}
