using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Finance;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Finance;

/// <summary>Innovation vouchers (科技创新券): registered providers, applications, review within the voucher policy, redemption.</summary>
public static class VoucherEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/voucher-policy", GetVoucherPolicy)
            .WithName(nameof(GetVoucherPolicy))
            .WithSummary("The voucher policy in force: share of the contract, yearly cap per enterprise and its source");
        group.MapGet("/providers", ListVoucherProviders)
            .WithName(nameof(ListVoucherProviders))
            .WithSummary("The registered service providers vouchers may be spent with");
        group.MapPost("/providers", RegisterVoucherProvider)
            .WithName(nameof(RegisterVoucherProvider))
            .WithSummary("Register a service provider in the caller's zone")
            .RequireAuthorization(Permissions.FinanceManage);
        group.MapGet("/vouchers", ListVouchers)
            .WithName(nameof(ListVouchers))
            .WithSummary("Voucher applications in the caller's scope, filtered, sorted and paged");
        group.MapGet("/vouchers/export", ExportVouchers)
            .WithName(nameof(ExportVouchers))
            .WithSummary("The filtered voucher applications as an Excel workbook");
        group.MapPost("/vouchers", ApplyForVoucher)
            .WithName(nameof(ApplyForVoucher))
            .WithSummary("An enterprise applies for a voucher towards a contract with a registered provider")
            .RequireAuthorization(FinancePolicies.EnterpriseUser);
        // Approval is capped by the policy: share of the contract, what was asked, and what is left of the enterprise's yearly cap.
        group.MapPost("/vouchers/{id:guid}/review", ReviewVoucher)
            .WithName(nameof(ReviewVoucher))
            .WithSummary("Approve a voucher application (an amount within the policy) or reject it")
            .RequireAuthorization(Permissions.FinanceManage);
        group.MapPost("/vouchers/{id:guid}/redeem", RedeemVoucher)
            .WithName(nameof(RedeemVoucher))
            .WithSummary("Record an approved voucher paid out, within the approved amount")
            .RequireAuthorization(Permissions.FinanceManage);
    }

    public static Ok<VoucherPolicy> GetVoucherPolicy() => TypedResults.Ok(VoucherPolicy.Current);

    public static async Task<Ok<List<ProviderItem>>> ListVoucherProviders([AsParameters] ApiServices api) =>
        TypedResults.Ok(await api.Db.VoucherProviders.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new ProviderItem(p.Id, p.Name, p.Services, p.Contact, p.Active)).ToListAsync(api.Ct));

    public static async Task<Results<Created<ProviderItem>, ValidationProblem, ProblemHttpResult>> RegisterVoucherProvider(
        ProviderInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 200)
            .Required("services", input.Services).MaxLength("services", input.Services, 500).MaxLength("contact", input.Contact, 100);
        if (db.Scope.HomeZoneId is not { } zone) return Problems.NotFound();
        if (errors.Any) return Problems.Validation(errors);
        if (await db.VoucherProviders.AnyAsync(p => p.Name == input.Name!.Trim(), api.Ct))
            return Problems.Validation(errors.Add("name", "finance_duplicate_provider"));
        var provider = new VoucherProvider { ZoneId = zone, Name = input.Name!.Trim(), Services = input.Services!.Trim(), Contact = input.Contact?.Trim() };
        db.VoucherProviders.Add(provider);
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/finance/providers/{provider.Id}",
            new ProviderItem(provider.Id, provider.Name, provider.Services, provider.Contact, true));
    }

    public static async Task<Ok<Paged<VoucherItem>>> ListVouchers([AsParameters] VoucherListQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Query(api.Db, q).ToPagedAsync(q, api.Ct));

    public static async Task<FileContentHttpResult> ExportVouchers([AsParameters] VoucherListQuery q, [AsParameters] ApiServices api)
    {
        var items = await Query(api.Db, q).ToListAsync(api.Ct);
        return Export.Xlsx("科技创新券",
            ["申请日期", "企业", "服务机构", "服务内容", "年度", "合同金额(万元)", "申请金额(万元)", "核定金额(万元)", "兑付金额(万元)", "状态", "兑现事项"],
            items.Select(v => (IReadOnlyList<object?>)[v.AppliedOn, v.EnterpriseName, v.ProviderName, v.Service, v.Year, v.ContractAmount,
                v.RequestedAmount, v.ApprovedAmount, v.RedeemedAmount, Localization.Text.Get($"voucher.{v.Status}"), v.PolicyItemName]), api.Clock);
    }

    public static async Task<Results<Created<VoucherItem>, ValidationProblem, ProblemHttpResult>> ApplyForVoucher(
        VoucherInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        // The route's policy admits only an enterprise's own user.
        var enterprise = db.Scope.EnterpriseId!.Value;
        var errors = new Errors().Required("service", input.Service).MaxLength("service", input.Service, 200);
        errors.PositiveAmount("contractAmount", input.ContractAmount);
        // Requested within the contract, itself within the largest amount.
        if (input.RequestedAmount is not > 0) errors.Add("requestedAmount", "positive_amount");
        else if (input.RequestedAmount > input.ContractAmount) errors.Add("requestedAmount", "finance_over_contract");
        if (input.ProviderId is not { } providerId || !await db.VoucherProviders.AnyAsync(p => p.Id == providerId && p.Active, ct))
            errors.Add("providerId", "finance_unknown_provider");
        var zone = await db.Enterprises.Where(e => e.Id == enterprise).Select(e => e.ZoneId).FirstAsync(ct);
        await FinanceSupport.CheckPolicyItemAsync(db, errors, input.PolicyItemId, zone, ct);
        if (errors.Any) return Problems.Validation(errors);
        var today = api.Clock.Today();
        var voucher = new VoucherApplication
        {
            ZoneId = zone, EnterpriseId = enterprise, ProviderId = input.ProviderId!.Value, Service = input.Service!.Trim(), Year = today.Year,
            ContractAmount = input.ContractAmount!.Value, RequestedAmount = input.RequestedAmount!.Value, Status = VoucherStatus.Submitted, AppliedOn = today,
            PolicyItemId = input.PolicyItemId,
        };
        db.VoucherApplications.Add(voucher);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/finance/vouchers/{voucher.Id}", await Query(db, AllVouchers, voucher.Id).FirstAsync(ct));
    }

    public static async Task<Results<Ok<VoucherItem>, ValidationProblem, ProblemHttpResult>> ReviewVoucher(
        Guid id, VoucherReviewInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var voucher = await db.VoucherApplications.FirstOrDefaultAsync(v => v.Id == id, ct);
        if (voucher is null) return Problems.NotFound();
        var errors = new Errors().MaxLength("note", input.Note, 500);
        if (input.Approve is null) errors.Add("approve", "required");
        if (input.Version is null) errors.Add("version", "required");
        if (voucher.Status != VoucherStatus.Submitted) return Problems.Conflict("finance_bad_step", new { CurrentStatus = voucher.Status });
        if (input.Approve == true)
        {
            var already = await db.VoucherApplications
                .Where(v => v.EnterpriseId == voucher.EnterpriseId && v.Year == voucher.Year && v.Id != id && v.ApprovedAmount != null)
                .Select(v => (double)v.ApprovedAmount!.Value).SumAsync(ct);
            var allowance = VoucherPolicy.Current.Allow(voucher.ContractAmount, voucher.RequestedAmount, (decimal)already);
            if (input.Amount is not > 0) errors.Add("amount", "positive_amount");
            else if (input.Amount > allowance.Max) errors.Add("amount", $"finance_voucher_{allowance.LimitedBy}", allowance.Max.ToString("0.##"));
        }
        await FinanceSupport.CheckPolicyItemAsync(db, errors, input.PolicyItemId, voucher.ZoneId, ct);
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(voucher, input.Version!.Value);
        if (input.PolicyItemId is { } item) voucher.PolicyItemId = item;
        voucher.Status = input.Approve == true ? VoucherStatus.Approved : VoucherStatus.Rejected;
        voucher.ApprovedAmount = input.Approve == true ? input.Amount : null;
        voucher.ReviewedOn = api.Clock.Today();
        voucher.ReviewNote = input.Note?.Trim();
        return await SaveAsync(db, id, ct);
    }

    public static async Task<Results<Ok<VoucherItem>, ValidationProblem, ProblemHttpResult>> RedeemVoucher(
        Guid id, VoucherRedeemInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var voucher = await db.VoucherApplications.FirstOrDefaultAsync(v => v.Id == id, ct);
        if (voucher is null) return Problems.NotFound();
        if (voucher.Status != VoucherStatus.Approved) return Problems.Conflict("finance_bad_step", new { CurrentStatus = voucher.Status });
        var errors = new Errors();
        if (input.Version is null) errors.Add("version", "required");
        if (input.Amount is not > 0) errors.Add("amount", "positive_amount");
        else if (input.Amount > voucher.ApprovedAmount) errors.Add("amount", "finance_over_approved", voucher.ApprovedAmount!.Value.ToString("0.##"));
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(voucher, input.Version!.Value);
        voucher.Status = VoucherStatus.Redeemed;
        voucher.RedeemedAmount = input.Amount;
        voucher.RedeemedOn = api.Clock.Today();
        return await SaveAsync(db, id, ct);
    }

    private static readonly VoucherListQuery AllVouchers = new(null, null, null, null, null, null, null, null, null);

    private static async Task<Results<Ok<VoucherItem>, ValidationProblem, ProblemHttpResult>> SaveAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Problems.Conflict("concurrency"); }
        return TypedResults.Ok(await Query(db, AllVouchers, id).FirstAsync(ct));
    }

    private static IQueryable<VoucherItem> Query(AppDbContext db, VoucherListQuery q, Guid? only = null)
    {
        var query = db.VoucherApplications.AsNoTracking();
        if (only is { } single) query = query.Where(x => x.Id == single);
        if (q.Status is { } status) query = query.Where(v => v.Status == status);
        if (q.Year is { } year) query = query.Where(v => v.Year == year);
        if (q.PolicyItemId is { } item) query = query.Where(v => v.PolicyItemId == item);
        var rows = query.Join(db.Enterprises, v => v.EnterpriseId, e => e.Id, (v, e) => new { v, e })
            .Join(db.VoucherProviders, x => x.v.ProviderId, p => p.Id, (x, p) => new { x.v, x.e, p })
            .GroupJoin(db.BenefitItems, x => x.v.PolicyItemId, i => (Guid?)i.Id, (x, items) => new { x.v, x.e, x.p, items })
            .SelectMany(x => x.items.DefaultIfEmpty(), (x, i) => new { x.v, x.e, x.p, ItemName = i == null ? null : i.Name });
        if (q.ParkId is { } park) rows = rows.Where(x => x.e.ParkId == park);
        if (!string.IsNullOrWhiteSpace(q.Search)) rows = rows.Where(x => x.e.Name.Contains(q.Search.Trim()) || x.p.Name.Contains(q.Search.Trim()));
        var keys = rows.SortKeys(("appliedOn", x => x.v.AppliedOn), ("enterprise", x => x.e.Name),
            ("requestedAmount", x => x.v.RequestedAmount), ("approvedAmount", x => x.v.ApprovedAmount), ("status", x => x.v.Status));
        return rows.SortBy(q.Sort, q.Desc ?? true, keys, "appliedOn", x => x.v.Id).Select(x => new VoucherItem(
                x.v.Id, x.e.Id, x.e.Name, x.p.Id, x.p.Name, x.v.Service, x.v.Year, x.v.ContractAmount, x.v.RequestedAmount, x.v.ApprovedAmount,
                x.v.RedeemedAmount, x.v.Status, x.v.AppliedOn, x.v.ReviewedOn, x.v.RedeemedOn, x.v.ReviewNote, x.v.PolicyItemId, x.ItemName, x.v.Version));
    }
}
