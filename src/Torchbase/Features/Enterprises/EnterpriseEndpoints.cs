using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Policies;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Enterprises;

/// <summary>The enterprise registry (企业库): list, export and profile for readers; profile, annual reports, titles and lifecycle for writers.</summary>
public static class EnterpriseEndpoints
{
    public static void MapEnterpriseEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/enterprises").WithTags("Enterprises").RequireAuthorization(Permissions.EnterprisesRead);
        var write = group.MapGroup("").RequireAuthorization(Permissions.EnterprisesWrite);

        group.MapGet("/", ListEnterprises)
            .WithName(nameof(ListEnterprises))
            .WithSummary("The enterprises the caller sees, filtered, sorted and paged");
        group.MapGet("/export", ExportEnterprises)
            .WithName(nameof(ExportEnterprises))
            .WithSummary("The filtered enterprise list as an Excel workbook");
        group.MapGet("/{id:guid}", GetEnterprise)
            .WithName(nameof(GetEnterprise))
            .WithSummary("One enterprise's profile (一企一档) with its annual reports, titles and lifecycle");

        write.MapPost("/", CreateEnterprise)
            .WithName(nameof(CreateEnterprise))
            .WithSummary("Register an enterprise in a park of the caller's zone");
        write.MapPut("/{id:guid}", UpdateEnterprise)
            .WithName(nameof(UpdateEnterprise))
            .WithSummary("Edit an enterprise's profile (409 with the stored profile when someone saved first)");
        write.MapPut("/{id:guid}/reports/{year:int}", SaveAnnualReport)
            .WithName(nameof(SaveAnnualReport))
            .WithSummary("Enter or correct an enterprise's figures for one year");
        write.MapDelete("/{id:guid}/reports/{year:int}", DeleteAnnualReport)
            .WithName(nameof(DeleteAnnualReport))
            .WithSummary("Remove an enterprise's figures for one year");
        write.MapPost("/{id:guid}/qualifications", AddQualification)
            .WithName(nameof(AddQualification))
            .WithSummary("Record a title the enterprise holds (高企, 科小, 瞪羚…) with its certificate and validity");
        write.MapDelete("/{id:guid}/qualifications/{qualificationId:guid}", DeleteQualification)
            .WithName(nameof(DeleteQualification))
            .WithSummary("Remove a recorded title");
        write.MapPost("/{id:guid}/lifecycle", RecordLifecycleEvent)
            .WithName(nameof(RecordLifecycleEvent))
            .WithSummary("Record a lifecycle event (moved out, deregistered…) and update the enterprise's status");

        EnterpriseImportEndpoints.Map(group);
    }

    /// <summary>
    /// Pages by number, or — sorted by name or registration date — after the position the previous page's <c>nextCursor</c>
    /// names, which stays as fast on the thousandth page as on the second. A cursor that is not one of ours, or that was made
    /// for another order or page size, is refused; so is a page number that is not the one the cursor opens.
    /// </summary>
    public static async Task<Results<Ok<Paged<EnterpriseItem>>, ValidationProblem>> ListEnterprises([AsParameters] EnterpriseListQuery q,
        IDataProtectionProvider protection, FigureCache cache, [AsParameters] ApiServices api)
    {
        EnterpriseCursor? cursor = null;
        if (q.Cursor is not null)
        {
            var errors = new Errors();
            if (!EnterpriseCursor.PagesByKey(q.Sort)) errors.Add("cursor", "cursor_other_order");
            else cursor = EnterpriseCursor.Decode(protection, q.Cursor, q.Sort, q.Desc ?? false, q.Size, errors);
            if (cursor is not null && q.Page is { } page && page != cursor.Page) errors.Add("page", "between", cursor.Page, cursor.Page);
            if (errors.Any) return Problems.Validation(errors);
        }
        return TypedResults.Ok(await EnterpriseQueries.PageAsync(api.Db, q, cursor, api.Clock.Today(), ContactReader.Of(api), protection, cache, api.Ct));
    }

    public static async Task<FileContentHttpResult> ExportEnterprises([AsParameters] EnterpriseListQuery q, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        var items = await EnterpriseQueries.Filter(api.Db, q, today).ToItems(api.Db, today, ContactReader.Of(api)).ToListAsync(api.Ct);
        return Export.Xlsx("企业库", EnterpriseSheet.ExportHeaders, items.Select(EnterpriseSheet.ExportRow), api.Clock);
    }

    public static async Task<Results<Ok<EnterpriseDetail>, ProblemHttpResult>> GetEnterprise(Guid id, [AsParameters] ApiServices api) =>
        await EnterpriseQueries.DetailAsync(api.Db, id, api.Clock.Today(), ContactReader.Of(api), api.Ct) is { } detail
            ? TypedResults.Ok(detail)
            : Problems.NotFound();

    public static async Task<Results<Created<EnterpriseDetail>, ValidationProblem, ProblemHttpResult>> CreateEnterprise(
        EnterpriseInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var errors = EnterpriseValidation.Validate(input, api.Clock.Today());
        var park = errors.Any ? null : await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ParkId, ct);
        if (!errors.Any) await CheckReferencesAsync(db, park, input, errors, ct);
        if (errors.Any) return Problems.Validation(errors);
        var code = CreditCode.Normalise(input.CreditCode!);
        if (await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.ZoneId == park!.ZoneId && e.CreditCode == code, ct))
            return Problems.Conflict("duplicate_credit_code");
        var enterprise = new Enterprise { CreditCode = code, Name = "", IndustryChain = "", ZoneId = park!.ZoneId, Status = EnterpriseStatus.Active };
        Apply(enterprise, input);
        enterprise.Lifecycle.Add(new LifecycleEvent { Kind = LifecycleKind.SettledIn, OccurredOn = api.Clock.Today() });
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(ct);
        var detail = await EnterpriseQueries.DetailAsync(db, enterprise.Id, api.Clock.Today(), ContactReader.Of(api), ct);
        return TypedResults.Created($"/api/enterprises/{enterprise.Id}", detail!);
    }

    public static async Task<Results<Ok<EnterpriseDetail>, ValidationProblem, ProblemHttpResult>> UpdateEnterprise(
        Guid id, EnterpriseInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is null) return Problems.NotFound();
        var errors = EnterpriseValidation.Validate(input, api.Clock.Today());
        if (input.Version is null) errors.Add("version", "required");
        var park = errors.Any
            ? null
            : await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ParkId && p.ZoneId == enterprise.ZoneId, ct);
        if (!errors.Any) await CheckReferencesAsync(db, park, input, errors, ct);
        if (errors.Any) return Problems.Validation(errors);
        var code = CreditCode.Normalise(input.CreditCode!);
        if (code != enterprise.CreditCode
            && await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.ZoneId == enterprise.ZoneId && e.CreditCode == code, ct))
            return Problems.Conflict("duplicate_credit_code");
        db.ExpectVersion(enterprise, input.Version!.Value);
        enterprise.CreditCode = code;
        Apply(enterprise, input);
        return await SaveAsync(api, id);
    }

    public static async Task<Results<Ok<EnterpriseDetail>, ValidationProblem, ProblemHttpResult>> SaveAnnualReport(
        Guid id, int year, AnnualReportDto input, [AsParameters] ApiServices api)
    {
        var enterprise = await api.Db.Enterprises.Include(e => e.Reports.Where(r => r.Year == year)).FirstOrDefaultAsync(e => e.Id == id, api.Ct);
        if (enterprise is null) return Problems.NotFound();
        var errors = EnterpriseValidation.Validate(year, input, api.Clock.Today().Year);
        if (errors.Any) return Problems.Validation(errors);
        var report = enterprise.Reports.SingleOrDefault();
        if (report is null) enterprise.Reports.Add(report = new AnnualReport { Year = year });
        input.ApplyTo(report);
        return await SaveAsync(api, id);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAnnualReport(Guid id, int year, [AsParameters] ApiServices api)
    {
        var enterprise = await api.Db.Enterprises.Include(e => e.Reports.Where(r => r.Year == year)).FirstOrDefaultAsync(e => e.Id == id, api.Ct);
        if (enterprise?.Reports.SingleOrDefault() is not { } report) return Problems.NotFound();
        api.Db.AnnualReports.Remove(report);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<EnterpriseDetail>, ValidationProblem, ProblemHttpResult>> AddQualification(
        Guid id, QualificationInput input, [AsParameters] ApiServices api)
    {
        var enterprise = await api.Db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, api.Ct);
        if (enterprise is null) return Problems.NotFound();
        var errors = new Errors().MaxLength("level", input.Level, 20).MaxLength("certificateNo", input.CertificateNo, 60);
        if (input.Type is null) errors.Add("type", "required");
        if (input.IssuedOn is null) errors.Add("issuedOn", "required");
        if (input.ExpiresOn < input.IssuedOn) errors.Add("expiresOn", "invalid_date");
        if (errors.Any) return Problems.Validation(errors);
        var title = new QualificationHeld
        {
            EnterpriseId = id, Type = input.Type!.Value, Level = input.Level, CertificateNo = input.CertificateNo,
            IssuedOn = input.IssuedOn!.Value, ExpiresOn = input.ExpiresOn ?? Qualifications.DefaultExpiry(input.Type.Value, input.IssuedOn.Value),
        };
        // 政策推送: the policy items the new title makes it qualify for notify the enterprise, in the same save.
        await PolicyPush.NotifyNewlyMatchedAsync(api.Db, id, api.Clock.Today(),
            f => f with { Held = [.. f.Held, new HeldTitle(title.Type, title.IssuedOn, title.ExpiresOn)] }, api.Ct);
        api.Db.QualificationsHeld.Add(title);
        return await SaveAsync(api, id);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteQualification(Guid id, Guid qualificationId, [AsParameters] ApiServices api)
    {
        var enterprise = await api.Db.Enterprises.Include(e => e.Qualifications.Where(q => q.Id == qualificationId))
            .FirstOrDefaultAsync(e => e.Id == id, api.Ct);
        if (enterprise?.Qualifications.SingleOrDefault() is not { } held) return Problems.NotFound();
        api.Db.QualificationsHeld.Remove(held);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<EnterpriseDetail>, ValidationProblem, ProblemHttpResult>> RecordLifecycleEvent(
        Guid id, LifecycleInput input, [AsParameters] ApiServices api)
    {
        var enterprise = await api.Db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, api.Ct);
        if (enterprise is null) return Problems.NotFound();
        var errors = new Errors().MaxLength("note", input.Note, 500);
        if (input.Kind is null) errors.Add("kind", "required");
        if (input.OccurredOn is null) errors.Add("occurredOn", "required");
        else if (input.Kind is { } k && !LifecycleRules.CanRecord(k, enterprise.Status)) errors.Add("kind", "deregistered");
        if (input.OccurredOn > api.Clock.Today()) errors.Add("occurredOn", "not_in_future");
        if (errors.Any) return Problems.Validation(errors);
        api.Db.LifecycleEvents.Add(new LifecycleEvent
        {
            EnterpriseId = id, Kind = input.Kind!.Value, OccurredOn = input.OccurredOn!.Value, Note = input.Note,
        });
        enterprise.Status = LifecycleRules.StatusAfter(input.Kind.Value, enterprise.Status);
        return await SaveAsync(api, id);
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
        e.IndustryCode = string.IsNullOrWhiteSpace(input.IndustryCode) ? null : input.IndustryCode.Trim().ToUpperInvariant();
        e.Scale = input.Scale!.Value;
        e.RegisteredOn = input.RegisteredOn!.Value;
        e.Address = input.Address?.Trim();
        e.LegalRepresentative = input.LegalRepresentative?.Trim();
        e.ContactName = input.ContactName?.Trim();
        e.ContactPhone = input.ContactPhone?.Trim();
    }

    /// <summary>Saves, answering 409 with the stored record when someone else saved first.</summary>
    private static async Task<Results<Ok<EnterpriseDetail>, ValidationProblem, ProblemHttpResult>> SaveAsync(ApiServices api, Guid id)
    {
        var (db, ct) = (api.Db, api.Ct);
        var reader = ContactReader.Of(api);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Problems.Conflict("concurrency", new { Current = await EnterpriseQueries.DetailAsync(db, id, api.Clock.Today(), reader, ct) });
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return Problems.Conflict("duplicate_credit_code");
        }
        return TypedResults.Ok((await EnterpriseQueries.DetailAsync(db, id, api.Clock.Today(), reader, ct))!);
    }
}
