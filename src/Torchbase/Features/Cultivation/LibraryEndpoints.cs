using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Cultivation;

/// <summary>The 培育库: entries with target tier and year, their officer, guidance and application outcomes, and the parks' stage targets.</summary>
public static class LibraryEndpoints
{
    private static readonly Dictionary<string, Expression<Func<LibraryItem, object?>>> SortKeys = new()
    {
        ["enterprise"] = i => i.EnterpriseName,
        ["park"] = i => i.ParkName,
        ["tier"] = i => i.TargetTier,
        ["year"] = i => i.TargetYear,
        ["status"] = i => i.Status,
        ["addedOn"] = i => i.AddedOn,
    };

    /// <summary>Maps the library on the cultivation group (cultivation.read) and its write sub-group (cultivation.write).</summary>
    public static void Map(RouteGroupBuilder group, RouteGroupBuilder write)
    {
        group.MapGet("/library", ListCultivationEntries)
            .WithName(nameof(ListCultivationEntries))
            .WithSummary("The 培育库 entries, filtered, sorted and paged, each with its target tier evaluated now");
        group.MapGet("/library/export", ExportCultivationEntries)
            .WithName(nameof(ExportCultivationEntries))
            .WithSummary("The filtered 培育库 as an Excel workbook");
        group.MapGet("/library/{id:guid}", GetCultivationEntry)
            .WithName(nameof(GetCultivationEntry))
            .WithSummary("One 培育库 entry with its note, actions and the target tier's evaluation");
        write.MapGet("/officers", ListCultivationOfficers)
            .WithName(nameof(ListCultivationOfficers))
            .WithSummary("The officers an entry can be assigned to, in the caller's zones (and park)");
        write.MapPost("/library", AddCultivationEntry)
            .WithName(nameof(AddCultivationEntry))
            .WithSummary("Add an enterprise to the 培育库 for a target tier and year");
        write.MapPut("/library/{id:guid}", UpdateCultivationEntry)
            .WithName(nameof(UpdateCultivationEntry))
            .WithSummary("Change an entry's target year, officer or note (409 when someone saved first)");
        write.MapDelete("/library/{id:guid}", DeleteCultivationEntry)
            .WithName(nameof(DeleteCultivationEntry))
            .WithSummary("Remove an entry that has not been approved");
        write.MapPost("/library/{id:guid}/actions", RecordCultivationAction)
            .WithName(nameof(RecordCultivationAction))
            .WithSummary("Record a step (guidance, application, approval, rejection); an approval records the title held");
        group.MapGet("/targets", ListStageTargets)
            .WithName(nameof(ListStageTargets))
            .WithSummary("The parks' stage targets of a year per tier, with applications and approvals so far");
        write.MapPut("/targets", SaveStageTarget)
            .WithName(nameof(SaveStageTarget))
            .WithSummary("Set one park's target for a tier and year");
    }

    public static async Task<Ok<Paged<LibraryItem>>> ListCultivationEntries([AsParameters] LibraryQuery q, [AsParameters] ApiServices api)
    {
        var page = await Filter(api.Db, q).ToPagedAsync(q, api.Ct);
        return TypedResults.Ok(page with { Items = await WithVerdictsAsync(api.Db, page.Items, api.Clock.Today(), api.Ct) });
    }

    public static async Task<FileContentHttpResult> ExportCultivationEntries([AsParameters] LibraryQuery q, [AsParameters] ApiServices api) =>
        Export.Xlsx("培育库", CultivationSheets.LibraryHeaders, (await Filter(api.Db, q).ToListAsync(api.Ct)).Select(CultivationSheets.LibraryRow),
            api.Clock);

    public static async Task<Results<Ok<LibraryDetail>, ProblemHttpResult>> GetCultivationEntry(Guid id, [AsParameters] ApiServices api) =>
        await DetailAsync(api.Db, id, api.Clock.Today(), api.Ct) is { } d ? TypedResults.Ok(d) : Problems.NotFound();

    public static async Task<Ok<List<OfficerDto>>> ListCultivationOfficers(UserManager<AppUser> users, [AsParameters] ApiServices api)
    {
        // Users carry no query filter: limit to the caller's zones (and park) like the filters would.
        var scope = api.Db.Scope;
        var officers = new List<OfficerDto>();
        foreach (var role in new[] { Role.ParkOfficer, Role.ServiceOfficer, Role.InnovationBureau })
            officers.AddRange((await users.GetUsersInRoleAsync(role.ToString()))
                .Where(u => scope.Unrestricted || (u.ZoneId is { } z && scope.ZoneIds.Contains(z) && (scope.ParkId is null || u.ParkId == scope.ParkId)))
                .Select(u => new OfficerDto(u.Id, u.DisplayName, u.ParkId)));
        return TypedResults.Ok(officers.DistinctBy(o => o.Id).OrderBy(o => o.DisplayName).ToList());
    }

    public static async Task<Results<Created<LibraryDetail>, ValidationProblem, ProblemHttpResult>> AddCultivationEntry(
        LibraryInput input, UserManager<AppUser> users, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var today = api.Clock.Today();
        var errors = CultivationValidation.Validate(input, today.Year, creating: true);
        var enterprise = errors.Any ? null : await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == input.EnterpriseId, ct);
        if (!errors.Any && enterprise is null) errors.Add("enterpriseId", "unknown_enterprise");
        var officer = errors.Any ? null : await OfficerAsync(db, users, input.OfficerId, errors);
        if (errors.Any) return Problems.Validation(errors);
        if (await db.CultivationEntries.AnyAsync(
                x => x.EnterpriseId == enterprise!.Id && x.TargetTier == input.TargetTier && x.TargetYear == input.TargetYear, ct))
            return Problems.Conflict("duplicate_cultivation");
        var entry = new CultivationEntry
        {
            ZoneId = enterprise!.ZoneId, ParkId = enterprise.ParkId, EnterpriseId = enterprise.Id, TargetTier = input.TargetTier!.Value,
            TargetYear = input.TargetYear!.Value, OfficerId = officer?.Id, OfficerName = officer?.DisplayName, Status = CultivationStatus.Cultivating,
            AddedOn = today, Note = input.Note?.Trim(),
        };
        db.CultivationEntries.Add(entry);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e.IsUniqueViolation()) { return Problems.Conflict("duplicate_cultivation"); }
        return TypedResults.Created($"/api/cultivation/library/{entry.Id}", (await DetailAsync(db, entry.Id, today, ct))!);
    }

    public static async Task<Results<Ok<LibraryDetail>, ValidationProblem, ProblemHttpResult>> UpdateCultivationEntry(
        Guid id, LibraryInput input, UserManager<AppUser> users, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var entry = await db.CultivationEntries.FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (entry is null) return Problems.NotFound();
        var errors = CultivationValidation.Validate(input, api.Clock.Today().Year, creating: false);
        var officer = errors.Any ? null : await OfficerAsync(db, users, input.OfficerId, errors);
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(entry, input.Version!.Value);
        entry.TargetYear = input.TargetYear!.Value;
        entry.OfficerId = officer?.Id;
        entry.OfficerName = officer?.DisplayName;
        entry.Note = input.Note?.Trim();
        return await SaveAsync(db, id, api.Clock.Today(), api.Ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteCultivationEntry(Guid id, [AsParameters] ApiServices api)
    {
        var entry = await api.Db.CultivationEntries.FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (entry is null) return Problems.NotFound();
        if (entry.Status == CultivationStatus.Approved) return Problems.Conflict("approved_entry");
        api.Db.CultivationEntries.Remove(entry);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<LibraryDetail>, ValidationProblem, ProblemHttpResult>> RecordCultivationAction(
        Guid id, ActionInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var today = api.Clock.Today();
        var entry = await db.CultivationEntries.FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (entry is null) return Problems.NotFound();
        var errors = CultivationValidation.Validate(input, today);
        if (!errors.Any && CultivationFlow.After(input.Kind!.Value, entry.Status) is null) errors.Add("kind", "invalid_step");
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(entry, input.Version!.Value);
        var kind = input.Kind!.Value;
        entry.Status = CultivationFlow.After(kind, entry.Status)!.Value;
        db.CultivationActions.Add(new CultivationAction
        {
            EntryId = id, Kind = kind, OccurredOn = input.OccurredOn!.Value, Note = input.Note?.Trim(),
            CertificateNo = input.CertificateNo?.Trim(), RecordedBy = db.Scope.UserName,
        });
        // An approval is the title itself: the enterprise holds it from the approval day, for the policy's validity.
        if (kind == CultivationActionKind.Approved)
            db.QualificationsHeld.Add(new QualificationHeld
            {
                EnterpriseId = entry.EnterpriseId, Type = entry.TargetTier, CertificateNo = input.CertificateNo?.Trim(),
                IssuedOn = input.OccurredOn!.Value, ExpiresOn = Qualifications.DefaultExpiry(entry.TargetTier, input.OccurredOn.Value),
            });
        return await SaveAsync(db, id, today, api.Ct);
    }

    public static async Task<Ok<List<TargetRow>>> ListStageTargets(int? year, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await TargetsAsync(api.Db, year ?? api.Clock.Today().Year, api.Ct));

    public static async Task<Results<Ok<List<TargetRow>>, ValidationProblem, ProblemHttpResult>> SaveStageTarget(
        TargetInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var errors = new Errors();
        if (input.ParkId is null) errors.Add("parkId", "required");
        if (input.Year is null) errors.Add("year", "required");
        if (input.Tier is null) errors.Add("tier", "required");
        if (input.Target is null) errors.Add("target", "required");
        else if (input.Target is < 0 or > 10000) errors.Add("target", "between", 0, 10000);
        var park = errors.Any ? null : await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ParkId, ct);
        if (!errors.Any && park is null) errors.Add("parkId", "unknown_park");
        if (errors.Any) return Problems.Validation(errors);
        var target = await db.StageTargets.FirstOrDefaultAsync(t => t.ParkId == park!.Id && t.Year == input.Year && t.Tier == input.Tier, ct);
        if (target is null)
            db.StageTargets.Add(target = new StageTarget { ZoneId = park!.ZoneId, ParkId = park.Id, Year = input.Year!.Value, Tier = input.Tier!.Value });
        else db.ExpectVersion(target, input.Version ?? -1);
        target.Target = input.Target!.Value;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { db.ChangeTracker.Clear(); return Problems.Conflict("concurrency"); }
        catch (DbUpdateException e) when (e.IsUniqueViolation()) { db.ChangeTracker.Clear(); return Problems.Conflict("concurrency"); }
        return TypedResults.Ok(await TargetsAsync(db, input.Year!.Value, ct));
    }

    private static async Task<AppUser?> OfficerAsync(AppDbContext db, UserManager<AppUser> users, Guid? id, Errors errors)
    {
        if (id is null) return null;
        var user = await users.FindByIdAsync(id.Value.ToString());
        var scope = db.Scope;
        if (user is null || !(scope.Unrestricted || (user.ZoneId is { } z && scope.ZoneIds.Contains(z))))
        {
            errors.Add("officerId", "unknown_officer");
            return null;
        }
        return user;
    }

    private static IQueryable<LibraryItem> Filter(AppDbContext db, LibraryQuery q)
    {
        var query = db.CultivationEntries.AsNoTracking();
        if (q.Year is { } year) query = query.Where(x => x.TargetYear == year);
        if (q.Tier is { } tier) query = query.Where(x => x.TargetTier == tier);
        if (q.Status is { } status) query = query.Where(x => x.Status == status);
        if (q.ParkId is { } park) query = query.Where(x => x.ParkId == park);
        var items = from x in query
                    join e in db.Enterprises on x.EnterpriseId equals e.Id
                    join p in db.Parks on x.ParkId equals p.Id
                    select new LibraryItem
                    {
                        Id = x.Id, EnterpriseId = e.Id, EnterpriseName = e.Name, ParkId = p.Id, ParkName = p.Name, TargetTier = x.TargetTier,
                        TargetYear = x.TargetYear, OfficerId = x.OfficerId, OfficerName = x.OfficerName, Status = x.Status, AddedOn = x.AddedOn,
                        LastActionOn = x.Actions.Max(a => (DateOnly?)a.OccurredOn), Version = x.Version,
                    };
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            items = items.Where(i => i.EnterpriseName.Contains(term) || (i.OfficerName != null && i.OfficerName.Contains(term)));
        }
        return items.SortBy(q.Sort, q.Desc ?? true, SortKeys, "addedOn", i => i.Id);
    }

    /// <summary>Each row's target tier evaluated now, for the enterprises of one page only (one batched load).</summary>
    private static async Task<List<LibraryItem>> WithVerdictsAsync(AppDbContext db, IReadOnlyList<LibraryItem> items, DateOnly today, CancellationToken ct)
    {
        var ids = items.Select(i => i.EnterpriseId).Distinct().ToList();
        var facts = (await CultivationFacts.LoadAsync(db, db.Enterprises.Where(e => ids.Contains(e.Id)), today, ct)).ToDictionary(e => e.Id);
        return items.Select(i =>
        {
            if (!facts.TryGetValue(i.EnterpriseId, out var e) || RuleSets.InForce(i.TargetTier, today) is not { } rules) return i;
            var r = QualificationEngine.Evaluate(rules, e.Facts);
            return i with { Verdict = r.Verdict, Distance = r.Distance, RuleSetId = rules.Id, ShortName = rules.ShortName };
        }).ToList();
    }

    private static async Task<LibraryDetail?> DetailAsync(AppDbContext db, Guid id, DateOnly today, CancellationToken ct)
    {
        var item = await Filter(db, new LibraryQuery(null, null, null, null, null, null, null, null, null)).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return null;
        var note = await db.CultivationEntries.Where(x => x.Id == id).Select(x => x.Note).FirstAsync(ct);
        var actions = await db.CultivationActions.AsNoTracking().Where(a => a.EntryId == id && db.CultivationEntries.Any(x => x.Id == id))
            .OrderByDescending(a => a.OccurredOn).ThenByDescending(a => a.Id)
            .Select(a => new ActionDto(a.Id, a.Kind, a.OccurredOn, a.Note, a.CertificateNo, a.RecordedBy)).ToListAsync(ct);
        var e = await CultivationFacts.LoadOneAsync(db, item.EnterpriseId, today, ct);
        var rules = RuleSets.InForce(item.TargetTier, today);
        var evaluation = e is null || rules is null ? null : QualificationEngine.Evaluate(rules, e.Facts);
        var withVerdict = item with { Verdict = evaluation?.Verdict, Distance = evaluation?.Distance, RuleSetId = rules?.Id, ShortName = rules?.ShortName };
        return new LibraryDetail(withVerdict, note, actions, evaluation is null ? null : EvaluationDto.From(evaluation, CandidateQueries.DefaultMargin));
    }

    private static Task<Results<Ok<LibraryDetail>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        AppDbContext db, Guid id, DateOnly today, CancellationToken ct) =>
        db.SaveOrConflictAsync(() => DetailAsync(db, id, today, ct), ct);

    private static async Task<List<TargetRow>> TargetsAsync(AppDbContext db, int year, CancellationToken ct)
    {
        var parks = await db.Parks.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var targets = await db.StageTargets.AsNoTracking().Where(t => t.Year == year).ToListAsync(ct);
        var counts = await db.CultivationEntries.AsNoTracking().Where(x => x.TargetYear == year)
            .GroupBy(x => new { x.ParkId, x.TargetTier, x.Status }).Select(g => new { g.Key.ParkId, g.Key.TargetTier, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var tiers = Ladder.Innovation.Concat(Ladder.Specialisation).ToList();
        var rows = new List<TargetRow>();
        foreach (var p in parks)
            foreach (var tier in tiers)
            {
                var t = targets.FirstOrDefault(x => x.ParkId == p.Id && x.Tier == tier);
                var approved = counts.Where(c => c.ParkId == p.Id && c.TargetTier == tier && c.Status == CultivationStatus.Approved).Sum(c => c.Count);
                var applied = counts.Where(c => c.ParkId == p.Id && c.TargetTier == tier
                    && c.Status is CultivationStatus.Applied or CultivationStatus.Approved or CultivationStatus.Rejected).Sum(c => c.Count);
                if (t is null && applied == 0) continue;
                rows.Add(new TargetRow(t?.Id, p.Id, p.Name, year, tier, t?.Target ?? 0, applied, approved,
                    t is null ? null : CultivationFlow.Completion(approved, t.Target), t?.Version ?? 0));
            }
        return rows;
    }
}
