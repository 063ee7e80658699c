using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Talent;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Talent;

public sealed record ContractQuery(string? Search, TechContractType? Type, int? Year, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record ContractItem(Guid Id, string RegistrationNo, DateOnly RegisteredOn, DateOnly SignedOn, TechContractType Type, string Subject,
    string Seller, string Buyer, Guid? SellerEnterpriseId, Guid? BuyerEnterpriseId, string? Field, decimal AmountWan, decimal TechTransactionWan, int Version);

public sealed record ContractInput(string? RegistrationNo, DateOnly? RegisteredOn, DateOnly? SignedOn, TechContractType? Type, string? Subject,
    string? Seller, string? Buyer, Guid? SellerEnterpriseId, Guid? BuyerEnterpriseId, string? Field,
    decimal? AmountWan, decimal? TechTransactionWan, Guid? ZoneId, int? Version);

public sealed record TypeTotal(TechContractType Type, int Count, double AmountWan, double TechTransactionWan);
public sealed record YearTotal(int Year, int Count, double AmountWan, double TechTransactionWan, List<TypeTotal> ByType);
public sealed record ZoneRank(int Rank, Guid ZoneId, string ZoneName, int Count, double AmountWan, double TechTransactionWan, bool IsMine);

/// <summary>技术合同认定登记: the register, totals by year and type, and the ranking of zones by turnover.</summary>
internal static class ContractEndpoints
{
    private static readonly Dictionary<string, Expression<Func<TechContract, object?>>> SortKeys = new()
    {
        ["registeredOn"] = c => c.RegisteredOn, ["registrationNo"] = c => c.RegistrationNo, ["type"] = c => c.Type,
        ["amountWan"] = c => (double)c.AmountWan, ["techTransactionWan"] = c => (double)c.TechTransactionWan, ["subject"] = c => c.Subject,
    };

    public static void MapContractEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/contracts", ListTechContracts)
            .WithName(nameof(ListTechContracts))
            .WithSummary("The technology contract register, searched, filtered, sorted and paged");
        group.MapGet("/contracts/export", ExportTechContracts)
            .WithName(nameof(ExportTechContracts))
            .WithSummary("The technology contract register as an .xlsx, in the import template's columns");
        group.MapGet("/contracts/totals", GetTechContractTotals)
            .WithName(nameof(GetTechContractTotals))
            .WithSummary("Registered contracts, amounts and technology turnover by year and contract type");
        group.MapGet("/contracts/ranking", RankZonesByTechContracts)
            .WithName(nameof(RankZonesByTechContracts))
            .WithSummary("Every zone ranked by technology turnover in a year, the caller's own marked");

        var write = group.MapGroup("").RequireAuthorization(Permissions.TalentWrite);
        write.MapPost("/contracts", RegisterTechContract)
            .WithName(nameof(RegisterTechContract))
            .WithSummary("Register a technology contract, numbered automatically when no number is given");
        write.MapPut("/contracts/{id:guid}", UpdateTechContract)
            .WithName(nameof(UpdateTechContract))
            .WithSummary("Edit a registered technology contract");
        write.MapDelete("/contracts/{id:guid}", DeleteTechContract)
            .WithName(nameof(DeleteTechContract))
            .WithSummary("Remove a technology contract from the register");
    }

    public static async Task<Ok<Paged<ContractItem>>> ListTechContracts([AsParameters] ContractQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Items(Filter(api.Db, q)).ToPagedAsync(q, api.Ct));

    public static async Task<IResult> ExportTechContracts([AsParameters] ContractQuery q, [AsParameters] ApiServices api)
    {
        var items = await Items(Filter(api.Db, q)).ToListAsync(api.Ct);
        // The parties' credit codes, for the enterprises the caller may see, so an exported file imports back with its links.
        var ids = items.SelectMany(c => new[] { c.SellerEnterpriseId, c.BuyerEnterpriseId }).OfType<Guid>().Distinct().ToList();
        var codes = new Dictionary<Guid, string>();
        foreach (var chunk in ids.Chunk(1000))
            foreach (var e in await api.Db.Enterprises.AsNoTracking().Where(e => chunk.Contains(e.Id)).Select(e => new { e.Id, e.CreditCode })
                         .ToListAsync(api.Ct))
                codes[e.Id] = e.CreditCode;
        string? Code(Guid? id) => id is { } e ? codes.GetValueOrDefault(e) : null;
        return Export.Xlsx("技术合同登记", [.. ContractSheet.All.Select(c => c.Header)],
            items.Select(c => (IReadOnlyList<object?>)[c.RegistrationNo, c.RegisteredOn, c.SignedOn, TalentLabels.ContractType[c.Type], c.Subject, c.Seller,
                Code(c.SellerEnterpriseId), c.Buyer, Code(c.BuyerEnterpriseId), c.Field, c.AmountWan, c.TechTransactionWan]), api.Clock);
    }

    public static async Task<Ok<List<YearTotal>>> GetTechContractTotals([AsParameters] ApiServices api)
    {
        // Grouped in the database; amounts summed as double because SQLite stores decimals as REAL.
        var rows = await api.Db.TechContracts.AsNoTracking()
            .GroupBy(c => new { c.RegisteredOn.Year, c.Type })
            .Select(g => new { g.Key.Year, g.Key.Type, Count = g.Count(), Amount = g.Sum(c => (double)c.AmountWan),
                Tech = g.Sum(c => (double)c.TechTransactionWan) })
            .ToListAsync(api.Ct);
        return TypedResults.Ok(rows.GroupBy(r => r.Year).OrderBy(g => g.Key)
            .Select(g => new YearTotal(g.Key, g.Sum(r => r.Count), Math.Round(g.Sum(r => r.Amount), 2), Math.Round(g.Sum(r => r.Tech), 2),
                g.OrderBy(r => r.Type).Select(r => new TypeTotal(r.Type, r.Count, Math.Round(r.Amount, 2), Math.Round(r.Tech, 2))).ToList()))
            .ToList());
    }

    public static async Task<Ok<List<ZoneRank>>> RankZonesByTechContracts(int? year, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var y = year ?? api.Clock.Today().Year;
        // Zone totals are published figures ("位居全市第一"): aggregates of every zone, no row of another zone.
        var totals = await db.TechContracts.IgnoreQueryFilters().AsNoTracking().Where(c => c.RegisteredOn.Year == y)
            .GroupBy(c => c.ZoneId)
            .Select(g => new { ZoneId = g.Key, Count = g.Count(), Amount = g.Sum(c => (double)c.AmountWan), Tech = g.Sum(c => (double)c.TechTransactionWan) })
            .ToListAsync(api.Ct);
        var names = await db.Zones.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(z => z.Id, z => z.Name, api.Ct);
        var mine = db.Scope.ZoneIds;
        return TypedResults.Ok(totals.OrderByDescending(t => t.Tech).ThenByDescending(t => t.Amount)
            .Select((t, i) => new ZoneRank(i + 1, t.ZoneId, names.GetValueOrDefault(t.ZoneId) ?? "", t.Count, Math.Round(t.Amount, 2), Math.Round(t.Tech, 2),
                mine.Contains(t.ZoneId)))
            .ToList());
    }

    public static async Task<Results<Created<ContractItem>, ValidationProblem, ProblemHttpResult>> RegisterTechContract(ContractInput input,
        [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var zone = TalentSupport.ZoneFor(db, input.ZoneId);
        var errors = await ValidateAsync(db, input, null, api.Clock.Today(), api.Ct);
        if (zone is null) errors.Add("zoneId", "required");
        if (errors.Any) return Problems.Validation(errors);
        var contract = new TechContract { RegistrationNo = "", Subject = "", Seller = "", Buyer = "", ZoneId = zone!.Value };
        Apply(contract, input);
        if (string.IsNullOrWhiteSpace(contract.RegistrationNo)) contract.RegistrationNo = await NextNumberAsync(db, contract.RegisteredOn.Year, api.Ct);
        db.TechContracts.Add(contract);
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/talent/contracts/{contract.Id}", (await Find(db, contract.Id))!);
    }

    public static async Task<Results<Ok<ContractItem>, ValidationProblem, ProblemHttpResult>> UpdateTechContract(Guid id, ContractInput input,
        [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var contract = await db.TechContracts.FirstOrDefaultAsync(c => c.Id == id, api.Ct);
        if (contract is null) return Problems.NotFound();
        var errors = await ValidateAsync(db, input, id, api.Clock.Today(), api.Ct);
        if (string.IsNullOrWhiteSpace(input.RegistrationNo)) errors.Add("registrationNo", "required");
        db.Expect(contract, input.Version, errors);
        if (errors.Any) return Problems.Validation(errors);
        Apply(contract, input);
        return await db.SaveOrConflictAsync(() => Find(db, id), api.Ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteTechContract(Guid id, [AsParameters] ApiServices api)
    {
        var contract = await api.Db.TechContracts.FirstOrDefaultAsync(c => c.Id == id, api.Ct);
        if (contract is null) return Problems.NotFound();
        api.Db.TechContracts.Remove(contract);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    private static IQueryable<TechContract> Filter(AppDbContext db, ContractQuery q)
    {
        var query = db.TechContracts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(c => c.Subject.Contains(s) || c.Seller.Contains(s) || c.Buyer.Contains(s) || c.RegistrationNo.Contains(s));
        }
        if (q.Type is { } type) query = query.Where(c => c.Type == type);
        if (q.Year is { } year) query = query.Where(c => c.RegisteredOn.Year == year);
        return query.SortBy(q.Sort, q.Desc ?? true, SortKeys, "registeredOn", c => c.Id);
    }

    private static IQueryable<ContractItem> Items(IQueryable<TechContract> query) =>
        query.Select(c => new ContractItem(c.Id, c.RegistrationNo, c.RegisteredOn, c.SignedOn, c.Type, c.Subject, c.Seller, c.Buyer, c.SellerEnterpriseId,
            c.BuyerEnterpriseId, c.Field, c.AmountWan, c.TechTransactionWan, c.Version));

    private static Task<ContractItem?> Find(AppDbContext db, Guid id) => Items(db.TechContracts.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync();

    private static async Task<Errors> ValidateAsync(AppDbContext db, ContractInput input, Guid? id, DateOnly today, CancellationToken ct)
    {
        var errors = new Errors().MaxLength("registrationNo", input.RegistrationNo, 40).Required("subject", input.Subject).MaxLength("subject",
            input.Subject, 200)
            .Required("seller", input.Seller).MaxLength("seller", input.Seller, 200).Required("buyer", input.Buyer).MaxLength("buyer", input.Buyer, 200)
            .MaxLength("field", input.Field, 50)
            .FromRules(TechContractRules.Check(input.AmountWan, input.TechTransactionWan, input.SignedOn, input.RegisteredOn, input.Seller,
                input.Buyer, today));
        if (input.Type is null) errors.Add("type", "required");
        if (!string.IsNullOrWhiteSpace(input.RegistrationNo))
        {
            var number = input.RegistrationNo.Trim();
            // Registration numbers are unique across zones: check all of them, in a query of its own.
            if (await db.TechContracts.IgnoreQueryFilters().AnyAsync(c => c.RegistrationNo == number && c.Id != id,
                ct)) errors.Add("registrationNo", "duplicate_registration_no");
        }
        foreach (var (field, enterprise) in new[] { ("sellerEnterpriseId", input.SellerEnterpriseId), ("buyerEnterpriseId", input.BuyerEnterpriseId) })
            if (enterprise is { } eid && !await db.Enterprises.AnyAsync(e => e.Id == eid, ct)) errors.Add(field, "unknown_enterprise");
        return errors;
    }

    /// <summary>
    /// A local register number when the clerk leaves it blank: JS + year + the next running number, drawn from the database
    /// (the official number can be entered instead).
    /// </summary>
    private static async Task<string> NextNumberAsync(AppDbContext db, int year, CancellationToken ct)
    {
        var prefix = $"JS{year}";
        var numbers = await db.TechContracts.IgnoreQueryFilters().Where(c => c.RegistrationNo.StartsWith(prefix))
            .Select(c => c.RegistrationNo).ToListAsync(ct);
        var last = numbers.Select(n => int.TryParse(n.AsSpan(prefix.Length), out var serial) ? serial : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{await Numbers.NextAsync(db, prefix, last, ct):D5}";
    }

    private static void Apply(TechContract c, ContractInput input)
    {
        if (!string.IsNullOrWhiteSpace(input.RegistrationNo)) c.RegistrationNo = input.RegistrationNo.Trim();
        c.RegisteredOn = input.RegisteredOn!.Value;
        c.SignedOn = input.SignedOn!.Value;
        c.Type = input.Type!.Value;
        c.Subject = input.Subject!.Trim();
        c.Seller = input.Seller!.Trim();
        c.Buyer = input.Buyer!.Trim();
        c.SellerEnterpriseId = input.SellerEnterpriseId;
        c.BuyerEnterpriseId = input.BuyerEnterpriseId;
        c.Field = input.Field?.Trim();
        c.AmountWan = input.AmountWan!.Value;
        c.TechTransactionWan = input.TechTransactionWan!.Value;
    }
}
