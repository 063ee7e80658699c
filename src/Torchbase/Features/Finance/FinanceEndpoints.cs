using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Finance;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Finance;

/// <summary>The financial supermarket (金融超市): banks' products, enterprises' consents, and the statistics page.</summary>
public static class FinanceEndpoints
{
    public static void MapFinanceEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/finance").WithTags("Finance").RequireAuthorization(FinanceSupport.AnyFinanceRole);

        group.MapGet("/products", async ([AsParameters] ProductListQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var page = await ProductQuery(db, q).ToPagedAsync(q, ct);
            if (db.Scope.EnterpriseId is not { } enterprise) return TypedResults.Ok(page);
            // An enterprise sees, per product, whether it qualifies and what it lacks.
            var profile = await FinanceSupport.ProfileAsync(db, enterprise, clock.Today(), ct);
            return TypedResults.Ok(page with { Items = page.Items.Select(p => p with { Eligibility = FinancingRules.Check(ToProduct(p), profile) }).ToList() });
        });

        var bank = group.MapGroup("").RequireAuthorization(Permissions.FinanceBank);
        bank.MapPost("/products", async Task<Results<Created<ProductItem>, ValidationProblem, ProblemHttpResult>> (ProductInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (db.Scope.BankId is not { } bankId || db.Scope.HomeZoneId is not { } zone) return Problems.Of(StatusCodes.Status403Forbidden, "finance_bank_only");
            var errors = Validate(input);
            if (errors.Any) return Problems.Validation(errors);
            var product = new FinancialProduct { Name = "", ZoneId = zone, BankId = bankId, PublishedOn = clock.Today() };
            Apply(product, input);
            db.FinancialProducts.Add(product);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/finance/products/{product.Id}", await ProductQuery(db, new ProductListQuery(null, null, null, null, null, null, null, null), product.Id).FirstAsync(ct));
        });

        bank.MapPut("/products/{id:guid}", async Task<Results<Ok<ProductItem>, ValidationProblem, ProblemHttpResult>> (Guid id, ProductInput input, AppDbContext db, CancellationToken ct) =>
        {
            var product = await db.FinancialProducts.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (product is null) return Problems.NotFound();
            var errors = Validate(input);
            if (input.Version is null) errors.Add("version", "required");
            if (errors.Any) return Problems.Validation(errors);
            db.ExpectVersion(product, input.Version!.Value);
            Apply(product, input);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Problems.Conflict("concurrency"); }
            return TypedResults.Ok(await ProductQuery(db, new ProductListQuery(null, null, null, null, null, null, null, null), id).FirstAsync(ct));
        });

        var apply = group.MapGroup("").RequireAuthorization(Permissions.FinanceApply);
        apply.MapGet("/consents", async (AppDbContext db, CancellationToken ct) =>
        {
            var consents = await MyConsents(db).ToListAsync(ct);
            var banks = await db.Banks.AsNoTracking().OrderBy(b => b.Name).ToListAsync(ct);
            return TypedResults.Ok(banks.Select(b =>
            {
                var c = consents.Where(x => x.BankId == b.Id).OrderByDescending(x => x.GrantedAt).FirstOrDefault();
                return new ConsentItem(b.Id, b.Name, c is { RevokedAt: null }, c?.GrantedAt, c?.RevokedAt);
            }).ToList());
        });

        // Consent is a row per grant; revoking stamps it, granting again adds a new one: the history stays (and is audited).
        apply.MapPut("/consents/{bankId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid bankId, AppDbContext db, CancellationToken ct) =>
        {
            if (db.Scope.EnterpriseId is not { } enterprise || !await db.Banks.AnyAsync(b => b.Id == bankId, ct)) return Problems.NotFound();
            if (!await MyConsents(db).AnyAsync(c => c.BankId == bankId && c.RevokedAt == null, ct))
            {
                db.DataSharingConsents.Add(new DataSharingConsent { EnterpriseId = enterprise, BankId = bankId, GrantedAt = db.Clock.GetUtcNow() });
                await db.SaveChangesAsync(ct);
            }
            return TypedResults.NoContent();
        });

        apply.MapDelete("/consents/{bankId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid bankId, AppDbContext db, CancellationToken ct) =>
        {
            if (db.Scope.EnterpriseId is null) return Problems.NotFound();
            var ids = await MyConsents(db).Where(c => c.BankId == bankId && c.RevokedAt == null).Select(c => c.Id).ToListAsync(ct);
            foreach (var consent in await db.DataSharingConsents.Where(c => ids.Contains(c.Id)).ToListAsync(ct)) consent.RevokedAt = db.Clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        });

        group.MapGet("/stats", async (AppDbContext db, CancellationToken ct) => TypedResults.Ok(await FinanceStatistics.ComputeAsync(db, ct)));

        FinancingRequestEndpoints.Map(group);
        VoucherEndpoints.Map(group);
        PolicyFundEndpoints.Map(group);
    }

    /// <summary>The caller's own consents, reached through the filtered Enterprises set.</summary>
    private static IQueryable<DataSharingConsent> MyConsents(AppDbContext db) =>
        db.Enterprises.AsNoTracking().Where(e => e.Id == db.Scope.EnterpriseId).SelectMany(e => e.Consents);

    private static IQueryable<ProductItem> ProductQuery(AppDbContext db, ProductListQuery q, Guid? only = null)
    {
        var query = db.FinancialProducts.AsNoTracking();
        if (only is { } single) query = query.Where(x => x.Id == single);
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(p => p.Name.Contains(q.Search.Trim()));
        if (q.Kind is { } kind) query = query.Where(p => p.Kind == kind);
        if (q.BankId is { } bankId) query = query.Where(p => p.BankId == bankId);
        // Enterprises shop among active products only; a bank also sees its withdrawn ones.
        if (q.Active is { } active) query = query.Where(p => p.Active == active);
        else if (db.Scope.BankId is null && db.Scope.EnterpriseId is not null) query = query.Where(p => p.Active);
        var sorted = query.Join(db.Banks, p => p.BankId, b => b.Id, (p, b) => new { p, Bank = b.Name });
        var keys = sorted.SortKeys(("name", x => x.p.Name), ("bank", x => x.Bank), ("maxAmount", x => x.p.MaxAmount),
            ("rateFrom", x => x.p.RateFrom), ("publishedOn", x => x.p.PublishedOn));
        return sorted.SortBy(q.Sort, q.Desc ?? false, keys, "publishedOn", x => x.p.Id).Select(x => new ProductItem(
                x.p.Id, x.p.BankId, x.Bank, x.p.Name, x.p.Kind, x.p.Description, x.p.MinPoints,
                x.p.MinGrade, x.p.RequiredQualification, x.p.MaxAmount, x.p.RateFrom, x.p.RateTo, x.p.MaxTermMonths, x.p.Active, x.p.PublishedOn, x.p.Version, null));
    }

    private static FinancialProduct ToProduct(ProductItem p) => new()
    {
        Name = p.Name, Kind = p.Kind, MinPoints = p.MinPoints, MinGrade = p.MinGrade, RequiredQualification = p.RequiredQualification,
        MaxAmount = p.MaxAmount, MaxTermMonths = p.MaxTermMonths, Active = p.Active,
    };

    private static Errors Validate(ProductInput input)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 100).MaxLength("description", input.Description, 1000);
        if (input.Kind is null) errors.Add("kind", "required");
        errors.PositiveAmount("maxAmount", input.MaxAmount);
        if (input.RateFrom is not (> 0 and < 36)) errors.Add("rateFrom", "finance_rate_range");
        if (input.RateTo is not (> 0 and < 36) || input.RateTo < input.RateFrom) errors.Add("rateTo", "finance_rate_range");
        if (input.MaxTermMonths is not (> 0 and <= 120)) errors.Add("maxTermMonths", "finance_term_range");
        if (input.MinPoints is < 0 or > 1000) errors.Add("minPoints", "not_negative");
        if (input.MinGrade is { Length: > 0 } g && (g.Length > 2 || !char.IsAsciiLetterUpper(g[0]))) errors.Add("minGrade", "finance_bad_grade");
        return errors;
    }

    private static void Apply(FinancialProduct p, ProductInput input)
    {
        p.Name = input.Name!.Trim();
        p.Kind = input.Kind!.Value;
        p.Description = input.Description?.Trim();
        p.MinPoints = input.MinPoints;
        p.MinGrade = string.IsNullOrWhiteSpace(input.MinGrade) ? null : input.MinGrade.Trim();
        p.RequiredQualification = input.RequiredQualification;
        p.MaxAmount = input.MaxAmount!.Value;
        p.RateFrom = input.RateFrom!.Value;
        p.RateTo = input.RateTo!.Value;
        p.MaxTermMonths = input.MaxTermMonths!.Value;
        p.Active = input.Active ?? true;
    }
}
