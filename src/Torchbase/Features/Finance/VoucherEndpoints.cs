using System.Linq.Expressions;
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
        group.MapGet("/voucher-policy", () => TypedResults.Ok(VoucherPolicy.Current));

        group.MapGet("/providers", async (AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.VoucherProviders.AsNoTracking().OrderBy(p => p.Name)
                .Select(p => new ProviderItem(p.Id, p.Name, p.Services, p.Contact, p.Active)).ToListAsync(ct)));

        var manage = group.MapGroup("").RequireAuthorization(Permissions.FinanceManage);
        manage.MapPost("/providers", async Task<Results<Created<ProviderItem>, ValidationProblem, ProblemHttpResult>> (ProviderInput input, AppDbContext db, CancellationToken ct) =>
        {
            var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 200)
                .Required("services", input.Services).MaxLength("services", input.Services, 500).MaxLength("contact", input.Contact, 100);
            if (db.Scope.HomeZoneId is not { } zone) return Problems.NotFound();
            if (errors.Any) return Problems.Validation(errors);
            if (await db.VoucherProviders.AnyAsync(p => p.Name == input.Name!.Trim(), ct)) return Problems.Validation(errors.Add("name", "finance_duplicate_provider"));
            var provider = new VoucherProvider { ZoneId = zone, Name = input.Name!.Trim(), Services = input.Services!.Trim(), Contact = input.Contact?.Trim() };
            db.VoucherProviders.Add(provider);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/finance/providers/{provider.Id}", new ProviderItem(provider.Id, provider.Name, provider.Services, provider.Contact, true));
        });

        group.MapGet("/vouchers", async ([AsParameters] VoucherListQuery q, AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await Query(db, q).ToPagedAsync(q, ct)));

        group.MapGet("/vouchers/export", async ([AsParameters] VoucherListQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var items = await Query(db, q).ToListAsync(ct);
            return Export.Xlsx("科技创新券", ["申请日期", "企业", "服务机构", "服务内容", "年度", "合同金额(万元)", "申请金额(万元)", "核定金额(万元)", "兑付金额(万元)", "状态"],
                items.Select(v => (IReadOnlyList<object?>)[v.AppliedOn, v.EnterpriseName, v.ProviderName, v.Service, v.Year, v.ContractAmount,
                    v.RequestedAmount, v.ApprovedAmount, v.RedeemedAmount, Localization.Text.Get($"voucher.{v.Status}")]), clock);
        });

        group.MapPost("/vouchers", async Task<Results<Created<VoucherItem>, ValidationProblem, ProblemHttpResult>> (VoucherInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (db.Scope.EnterpriseId is not { } enterprise) return Problems.Of(StatusCodes.Status403Forbidden, "finance_enterprise_only");
            var errors = new Errors().Required("service", input.Service).MaxLength("service", input.Service, 200);
            errors.PositiveAmount("contractAmount", input.ContractAmount);
            // Requested within the contract, itself within the largest amount.
            if (input.RequestedAmount is not > 0) errors.Add("requestedAmount", "positive_amount");
            else if (input.RequestedAmount > input.ContractAmount) errors.Add("requestedAmount", "finance_over_contract");
            if (input.ProviderId is not { } providerId || !await db.VoucherProviders.AnyAsync(p => p.Id == providerId && p.Active, ct))
                errors.Add("providerId", "finance_unknown_provider");
            if (errors.Any) return Problems.Validation(errors);
            var zone = await db.Enterprises.Where(e => e.Id == enterprise).Select(e => e.ZoneId).FirstAsync(ct);
            var voucher = new VoucherApplication
            {
                ZoneId = zone, EnterpriseId = enterprise, ProviderId = input.ProviderId!.Value, Service = input.Service!.Trim(), Year = clock.Today().Year,
                ContractAmount = input.ContractAmount!.Value, RequestedAmount = input.RequestedAmount!.Value, Status = VoucherStatus.Submitted, AppliedOn = clock.Today(),
            };
            db.VoucherApplications.Add(voucher);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/finance/vouchers/{voucher.Id}", await Query(db, new VoucherListQuery(null, null, null, null, null, null, null), voucher.Id).FirstAsync(ct));
        }).RequireAuthorization(Permissions.FinanceApply);

        // Approval is capped by the policy: share of the contract, what was asked, and what is left of the enterprise's yearly cap.
        manage.MapPost("/vouchers/{id:guid}/review", async Task<Results<Ok<VoucherItem>, ValidationProblem, ProblemHttpResult>> (Guid id, VoucherReviewInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var voucher = await db.VoucherApplications.FirstOrDefaultAsync(v => v.Id == id, ct);
            if (voucher is null) return Problems.NotFound();
            var errors = new Errors().MaxLength("note", input.Note, 500);
            if (input.Approve is null) errors.Add("approve", "required");
            if (input.Version is null) errors.Add("version", "required");
            if (voucher.Status != VoucherStatus.Submitted) return Problems.Conflict("finance_bad_step", new { CurrentStatus = voucher.Status });
            if (input.Approve == true)
            {
                var already = await db.VoucherApplications.Where(v => v.EnterpriseId == voucher.EnterpriseId && v.Year == voucher.Year && v.Id != id && v.ApprovedAmount != null)
                    .Select(v => (double)v.ApprovedAmount!.Value).SumAsync(ct);
                var allowance = VoucherPolicy.Current.Allow(voucher.ContractAmount, voucher.RequestedAmount, (decimal)already);
                if (input.Amount is not > 0) errors.Add("amount", "positive_amount");
                else if (input.Amount > allowance.Max) errors.Add("amount", $"finance_voucher_{allowance.LimitedBy}", allowance.Max.ToString("0.##"));
            }
            if (errors.Any) return Problems.Validation(errors);
            db.ExpectVersion(voucher, input.Version!.Value);
            voucher.Status = input.Approve == true ? VoucherStatus.Approved : VoucherStatus.Rejected;
            voucher.ApprovedAmount = input.Approve == true ? input.Amount : null;
            voucher.ReviewedOn = clock.Today();
            voucher.ReviewNote = input.Note?.Trim();
            return await SaveAsync(db, id, ct);
        });

        manage.MapPost("/vouchers/{id:guid}/redeem", async Task<Results<Ok<VoucherItem>, ValidationProblem, ProblemHttpResult>> (Guid id, VoucherRedeemInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
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
            voucher.RedeemedOn = clock.Today();
            return await SaveAsync(db, id, ct);
        });
    }

    private static async Task<Results<Ok<VoucherItem>, ValidationProblem, ProblemHttpResult>> SaveAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Problems.Conflict("concurrency"); }
        return TypedResults.Ok(await Query(db, new VoucherListQuery(null, null, null, null, null, null, null), id).FirstAsync(ct));
    }

    private static IQueryable<VoucherItem> Query(AppDbContext db, VoucherListQuery q, Guid? only = null)
    {
        var query = db.VoucherApplications.AsNoTracking();
        if (only is { } single) query = query.Where(x => x.Id == single);
        if (q.Status is { } status) query = query.Where(v => v.Status == status);
        if (q.Year is { } year) query = query.Where(v => v.Year == year);
        var rows = query.Join(db.Enterprises, v => v.EnterpriseId, e => e.Id, (v, e) => new { v, e })
            .Join(db.VoucherProviders, x => x.v.ProviderId, p => p.Id, (x, p) => new { x.v, x.e, p });
        if (!string.IsNullOrWhiteSpace(q.Search)) rows = rows.Where(x => x.e.Name.Contains(q.Search.Trim()) || x.p.Name.Contains(q.Search.Trim()));
        var keys = rows.SortKeys(("appliedOn", x => x.v.AppliedOn), ("enterprise", x => x.e.Name),
            ("requestedAmount", x => x.v.RequestedAmount), ("approvedAmount", x => x.v.ApprovedAmount), ("status", x => x.v.Status));
        return rows.SortBy(q.Sort, q.Desc ?? true, keys, "appliedOn", x => x.v.Id).Select(x => new VoucherItem(x.v.Id, x.e.Id, x.e.Name, x.p.Id, x.p.Name, x.v.Service, x.v.Year, x.v.ContractAmount, x.v.RequestedAmount,
                x.v.ApprovedAmount, x.v.RedeemedAmount, x.v.Status, x.v.AppliedOn, x.v.ReviewedOn, x.v.RedeemedOn, x.v.ReviewNote, x.v.Version));
    }
}
