using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Enterprises;

public static class EnterpriseEndpoints
{
    public static void MapEnterpriseEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/enterprises").WithTags("Enterprises").RequireAuthorization(Permissions.EnterprisesRead);

        group.MapGet("/", async ([AsParameters] EnterpriseListQuery q, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var today = clock.Today();
            return TypedResults.Ok(await EnterpriseQueries.Filter(db, q, today).ToItems(db, today, user.Can(Permissions.EnterprisesWrite)).ToPagedAsync(q, ct));
        });

        group.MapGet("/export", async ([AsParameters] EnterpriseListQuery q, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var today = clock.Today();
            var items = await EnterpriseQueries.Filter(db, q, today).ToItems(db, today, user.Can(Permissions.EnterprisesWrite)).ToListAsync(ct);
            return Export.Xlsx("企业库", EnterpriseSheet.ExportHeaders, items.Select(EnterpriseSheet.ExportRow), clock);
        });

        group.MapGet("/{id:guid}", async Task<Results<Ok<EnterpriseDetail>, ProblemHttpResult>>
            (Guid id, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            await EnterpriseQueries.DetailAsync(db, id, clock.Today(), user.Can(Permissions.EnterprisesWrite), ct) is { } detail
                ? TypedResults.Ok(detail)
                : Problems.NotFound());

        var write = group.MapGroup("").RequireAuthorization(Permissions.EnterprisesWrite);

        write.MapPost("/", async Task<Results<Created<EnterpriseDetail>, ValidationProblem, ProblemHttpResult>>
            (EnterpriseInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = EnterpriseValidation.Validate(input);
            var park = errors.Any ? null : await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ParkId, ct);
            if (!errors.Any) await CheckReferencesAsync(db, park, input, errors, ct);
            if (errors.Any) return Problems.Validation(errors);
            var code = CreditCode.Normalise(input.CreditCode!);
            if (await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.ZoneId == park!.ZoneId && e.CreditCode == code, ct))
                return Problems.Conflict("duplicate_credit_code");
            var enterprise = new Enterprise { CreditCode = code, Name = "", IndustryChain = "", ZoneId = park!.ZoneId, Status = EnterpriseStatus.Active };
            Apply(enterprise, input);
            enterprise.Lifecycle.Add(new LifecycleEvent { Kind = LifecycleKind.SettledIn, OccurredOn = clock.Today() });
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/enterprises/{enterprise.Id}",
                (await EnterpriseQueries.DetailAsync(db, enterprise.Id, clock.Today(), true, ct))!);
        });

        write.MapPut("/{id:guid}", async Task<Results<Ok<EnterpriseDetail>, ValidationProblem, ProblemHttpResult>>
            (Guid id, EnterpriseInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, ct);
            if (enterprise is null) return Problems.NotFound();
            var errors = EnterpriseValidation.Validate(input);
            if (input.Version is null) errors.Add("version", "required");
            var park = errors.Any ? null : await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ParkId && p.ZoneId == enterprise.ZoneId, ct);
            if (!errors.Any) await CheckReferencesAsync(db, park, input, errors, ct);
            if (errors.Any) return Problems.Validation(errors);
            var code = CreditCode.Normalise(input.CreditCode!);
            if (code != enterprise.CreditCode
                && await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.ZoneId == enterprise.ZoneId && e.CreditCode == code, ct))
                return Problems.Conflict("duplicate_credit_code");
            db.ExpectVersion(enterprise, input.Version!.Value);
            enterprise.CreditCode = code;
            Apply(enterprise, input);
            return await SaveAsync(db, id, clock, ct);
        });

        write.MapPut("/{id:guid}/reports/{year:int}", async Task<Results<Ok<EnterpriseDetail>, ValidationProblem, ProblemHttpResult>>
            (Guid id, int year, AnnualReportDto input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var enterprise = await db.Enterprises.Include(e => e.Reports.Where(r => r.Year == year)).FirstOrDefaultAsync(e => e.Id == id, ct);
            if (enterprise is null) return Problems.NotFound();
            var errors = EnterpriseValidation.Validate(year, input, clock.Today().Year);
            if (errors.Any) return Problems.Validation(errors);
            var report = enterprise.Reports.SingleOrDefault();
            if (report is null) enterprise.Reports.Add(report = new AnnualReport { Year = year });
            input.ApplyTo(report);
            return await SaveAsync(db, id, clock, ct);
        });

        write.MapDelete("/{id:guid}/reports/{year:int}", async Task<Results<NoContent, ProblemHttpResult>>
            (Guid id, int year, AppDbContext db, CancellationToken ct) =>
        {
            var enterprise = await db.Enterprises.Include(e => e.Reports.Where(r => r.Year == year)).FirstOrDefaultAsync(e => e.Id == id, ct);
            if (enterprise?.Reports.SingleOrDefault() is not { } report) return Problems.NotFound();
            db.AnnualReports.Remove(report);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        });

        write.MapPost("/{id:guid}/qualifications", async Task<Results<Ok<EnterpriseDetail>, ValidationProblem, ProblemHttpResult>>
            (Guid id, QualificationInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, ct);
            if (enterprise is null) return Problems.NotFound();
            var errors = new Errors().MaxLength("level", input.Level, 20).MaxLength("certificateNo", input.CertificateNo, 60);
            if (input.Type is null) errors.Add("type", "required");
            if (input.IssuedOn is null) errors.Add("issuedOn", "required");
            if (input.ExpiresOn < input.IssuedOn) errors.Add("expiresOn", "invalid_date");
            if (errors.Any) return Problems.Validation(errors);
            db.QualificationsHeld.Add(new QualificationHeld
            {
                EnterpriseId = id, Type = input.Type!.Value, Level = input.Level, CertificateNo = input.CertificateNo,
                IssuedOn = input.IssuedOn!.Value, ExpiresOn = input.ExpiresOn ?? Qualifications.DefaultExpiry(input.Type.Value, input.IssuedOn.Value),
            });
            return await SaveAsync(db, id, clock, ct);
        });

        write.MapDelete("/{id:guid}/qualifications/{qualificationId:guid}", async Task<Results<NoContent, ProblemHttpResult>>
            (Guid id, Guid qualificationId, AppDbContext db, CancellationToken ct) =>
        {
            var enterprise = await db.Enterprises.Include(e => e.Qualifications.Where(q => q.Id == qualificationId)).FirstOrDefaultAsync(e => e.Id == id, ct);
            if (enterprise?.Qualifications.SingleOrDefault() is not { } held) return Problems.NotFound();
            db.QualificationsHeld.Remove(held);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        });

        write.MapPost("/{id:guid}/lifecycle", async Task<Results<Ok<EnterpriseDetail>, ValidationProblem, ProblemHttpResult>>
            (Guid id, LifecycleInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, ct);
            if (enterprise is null) return Problems.NotFound();
            var errors = new Errors().MaxLength("note", input.Note, 500);
            if (input.Kind is null) errors.Add("kind", "required");
            if (input.OccurredOn is null) errors.Add("occurredOn", "required");
            else if (input.Kind is { } k && !LifecycleRules.CanRecord(k, enterprise.Status)) errors.Add("kind", "deregistered");
            if (errors.Any) return Problems.Validation(errors);
            db.LifecycleEvents.Add(new LifecycleEvent { EnterpriseId = id, Kind = input.Kind!.Value, OccurredOn = input.OccurredOn!.Value, Note = input.Note });
            enterprise.Status = LifecycleRules.StatusAfter(input.Kind.Value, enterprise.Status);
            return await SaveAsync(db, id, clock, ct);
        });

        EnterpriseImportEndpoints.Map(group);
    }

    private static async Task CheckReferencesAsync(AppDbContext db, Domain.Organisation.Park? park, EnterpriseInput input, Errors errors, CancellationToken ct)
    {
        if (park is null) { errors.Add("parkId", "unknown_park"); return; }
        if (!await db.IndustryChains.AnyAsync(c => c.ZoneId == park.ZoneId && c.Code == input.IndustryChain, ct))
            errors.Add("industryChain", "unknown_industry_chain");
    }

    internal static void Apply(Enterprise e, EnterpriseInput input)
    {
        e.Name = input.Name!.Trim();
        e.ParkId = input.ParkId!.Value;
        e.IndustryChain = input.IndustryChain!;
        e.IndustryLink = input.IndustryLink?.Trim();
        e.Scale = input.Scale!.Value;
        e.RegisteredOn = input.RegisteredOn!.Value;
        e.Address = input.Address?.Trim();
        e.LegalRepresentative = input.LegalRepresentative?.Trim();
        e.ContactName = input.ContactName?.Trim();
        e.ContactPhone = input.ContactPhone?.Trim();
    }

    /// <summary>Saves, answering 409 with the stored record when someone else saved first.</summary>
    private static async Task<Results<Ok<EnterpriseDetail>, ValidationProblem,
        ProblemHttpResult>> SaveAsync(AppDbContext db, Guid id, TimeProvider clock, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Problems.Conflict("concurrency", new { Current = await EnterpriseQueries.DetailAsync(db, id, clock.Today(), true, ct) });
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return Problems.Conflict("duplicate_credit_code");
        }
        return TypedResults.Ok((await EnterpriseQueries.DetailAsync(db, id, clock.Today(), true, ct))!);
    }
}
