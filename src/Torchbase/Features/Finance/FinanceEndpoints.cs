using Microsoft.AspNetCore.Authorization;
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
    public static IServiceCollection AddFinance(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, FinancePartyHandler>();
        FinancePolicies.Add(services.AddAuthorizationBuilder());
        return services;
    }

    public static void MapFinanceEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/finance").WithTags("Finance").RequireAuthorization(FinanceSupport.AnyFinanceRole);

        group.MapGet("/products", ListFinancialProducts)
            .WithName(nameof(ListFinancialProducts))
            .WithSummary("Financial products, filtered, sorted and paged; for an enterprise, whether it qualifies for each and what it lacks");
        group.MapPost("/products", PublishFinancialProduct)
            .WithName(nameof(PublishFinancialProduct))
            .WithSummary("A bank publishes a product of its own")
            .RequireAuthorization(FinancePolicies.BankStaff);
        group.MapPut("/products/{id:guid}", EditFinancialProduct)
            .WithName(nameof(EditFinancialProduct))
            .WithSummary("Edit a product's terms or withdraw it")
            .RequireAuthorization(Permissions.FinanceBank);
        group.MapGet("/consents", ListDataSharingConsents)
            .WithName(nameof(ListDataSharingConsents))
            .WithSummary("Every bank with whether the caller's enterprise shares its data with it")
            .RequireAuthorization(Permissions.FinanceApply);
        // Consent is a row per grant; revoking stamps it, granting again adds a new one: the history stays (and is audited).
        group.MapPut("/consents/{bankId:guid}", GrantDataSharingConsent)
            .WithName(nameof(GrantDataSharingConsent))
            .WithSummary("The caller's enterprise shares its data with a bank")
            .RequireAuthorization(Permissions.FinanceApply);
        group.MapDelete("/consents/{bankId:guid}", RevokeDataSharingConsent)
            .WithName(nameof(RevokeDataSharingConsent))
            .WithSummary("The caller's enterprise stops sharing its data with a bank")
            .RequireAuthorization(Permissions.FinanceApply);
        group.MapGet("/stats", GetFinanceStatistics)
            .WithName(nameof(GetFinanceStatistics))
            .WithSummary("The supermarket's figures for the caller's scope: products, credit, loans, vouchers and policy funds");

        FinancingRequestEndpoints.Map(group);
        VoucherEndpoints.Map(group);
        PolicyFundEndpoints.Map(group);
    }

    public static async Task<Ok<Paged<ProductItem>>> ListFinancialProducts([AsParameters] ProductListQuery q, [AsParameters] ApiServices api)
    {
        var page = await ProductQuery(api.Db, q).ToPagedAsync(q, api.Ct);
        if (api.Db.Scope.EnterpriseId is not { } enterprise) return TypedResults.Ok(page);
        // An enterprise sees, per product, whether it qualifies and what it lacks.
        var profile = await FinanceSupport.ProfileAsync(api.Db, enterprise, api.Clock.Today(), api.Ct);
        // A request to a bank the enterprise shares no data with is refused, so the shelf says so before the enterprise tries.
        var consented = await MyConsents(api.Db).Where(c => c.RevokedAt == null).Select(c => c.BankId).ToListAsync(api.Ct);
        return TypedResults.Ok(page with { Items = page.Items.Select(p =>
            p with { Eligibility = WithConsent(FinancingRules.Check(ToProduct(p), profile), p, consented) }).ToList() });
    }

    private static Eligibility WithConsent(Eligibility eligibility, ProductItem product, List<Guid> consentedBanks) =>
        consentedBanks.Contains(product.BankId)
            ? eligibility
            : new Eligibility(false, [new EligibilityGap("consent_required", product.BankName, null), .. eligibility.Gaps]);

    public static async Task<Results<Created<ProductItem>, ValidationProblem, ProblemHttpResult>> PublishFinancialProduct(
        ProductInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var errors = Validate(input);
        if (errors.Any) return Problems.Validation(errors);
        // The route's policy admits only a bank's staff attached to one zone.
        var product = new FinancialProduct
        {
            Name = "", ZoneId = db.Scope.HomeZoneId!.Value, BankId = db.Scope.BankId!.Value, PublishedOn = api.Clock.Today(),
        };
        Apply(product, input);
        db.FinancialProducts.Add(product);
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/finance/products/{product.Id}", await ProductQuery(db, AllProducts, product.Id).FirstAsync(api.Ct));
    }

    public static async Task<Results<Ok<ProductItem>, ValidationProblem, ProblemHttpResult>> EditFinancialProduct(
        Guid id, ProductInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var product = await db.FinancialProducts.FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (product is null) return Problems.NotFound();
        var errors = Validate(input);
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(product, input.Version!.Value);
        Apply(product, input);
        try { await db.SaveChangesAsync(api.Ct); }
        catch (DbUpdateConcurrencyException) { return Problems.Conflict("concurrency"); }
        return TypedResults.Ok(await ProductQuery(db, AllProducts, id).FirstAsync(api.Ct));
    }

    public static async Task<Ok<List<ConsentItem>>> ListDataSharingConsents([AsParameters] ApiServices api)
    {
        var consents = await MyConsents(api.Db).ToListAsync(api.Ct);
        var banks = await api.Db.Banks.AsNoTracking().OrderBy(b => b.Name).ToListAsync(api.Ct);
        return TypedResults.Ok(banks.Select(b =>
        {
            var c = consents.Where(x => x.BankId == b.Id).OrderByDescending(x => x.GrantedAt).FirstOrDefault();
            return new ConsentItem(b.Id, b.Name, c is { RevokedAt: null }, c?.GrantedAt, c?.RevokedAt);
        }).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> GrantDataSharingConsent(Guid bankId, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (db.Scope.EnterpriseId is not { } enterprise || !await db.Banks.AnyAsync(b => b.Id == bankId, api.Ct)) return Problems.NotFound();
        if (!await MyConsents(db).AnyAsync(c => c.BankId == bankId && c.RevokedAt == null, api.Ct))
        {
            db.DataSharingConsents.Add(new DataSharingConsent { EnterpriseId = enterprise, BankId = bankId, GrantedAt = db.Clock.GetUtcNow() });
            await db.SaveChangesAsync(api.Ct);
        }
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeDataSharingConsent(Guid bankId, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (db.Scope.EnterpriseId is null) return Problems.NotFound();
        var ids = await MyConsents(db).Where(c => c.BankId == bankId && c.RevokedAt == null).Select(c => c.Id).ToListAsync(api.Ct);
        foreach (var consent in await db.DataSharingConsents.Where(c => ids.Contains(c.Id)).ToListAsync(api.Ct)) consent.RevokedAt = db.Clock.GetUtcNow();
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<FinanceStats>> GetFinanceStatistics([AsParameters] ApiServices api) =>
        TypedResults.Ok(await FinanceStatistics.ComputeAsync(api.Db, api.Ct));

    private static readonly ProductListQuery AllProducts = new(null, null, null, null, null, null, null, null);

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
                x.p.Id, x.p.BankId, x.Bank, x.p.Name, x.p.Kind, x.p.Description, x.p.MinPoints, x.p.MinGrade, x.p.RequiredQualification,
                x.p.MaxAmount, x.p.RateFrom, x.p.RateTo, x.p.MaxTermMonths, x.p.Active, x.p.PublishedOn, x.p.Version, null));
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
