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

    public static void Map(RouteGroupBuilder group)
    {
        var write = Permissions.CultivationWrite;

        group.MapGet("/library", async ([AsParameters] LibraryQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var page = await Filter(db, q).ToPagedAsync(q, ct);
            return TypedResults.Ok(page with { Items = await WithVerdictsAsync(db, page.Items, clock.Today(), ct) });
        });

        group.MapGet("/library/export", async ([AsParameters] LibraryQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            Export.Xlsx("培育库", CultivationSheets.LibraryHeaders, (await Filter(db, q).ToListAsync(ct)).Select(CultivationSheets.LibraryRow), clock));

        group.MapGet("/library/{id:guid}", async Task<Results<Ok<LibraryDetail>, ProblemHttpResult>> (Guid id, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            await DetailAsync(db, id, clock.Today(), ct) is { } d ? TypedResults.Ok(d) : Problems.NotFound());

        group.MapGet("/officers", async (AppDbContext db, UserManager<AppUser> users, CancellationToken ct) =>
        {
            // Users carry no query filter: limit to the caller's zones (and park) like the filters would.
            var scope = db.Scope;
            var officers = new List<OfficerDto>();
            foreach (var role in new[] { Role.ParkOfficer, Role.ServiceOfficer, Role.InnovationBureau })
                officers.AddRange((await users.GetUsersInRoleAsync(role.ToString()))
                    .Where(u => scope.Unrestricted || (u.ZoneId is { } z && scope.ZoneIds.Contains(z) && (scope.ParkId is null || u.ParkId == scope.ParkId)))
                    .Select(u => new OfficerDto(u.Id, u.DisplayName, u.ParkId)));
            return TypedResults.Ok(officers.DistinctBy(o => o.Id).OrderBy(o => o.DisplayName).ToList());
        }).RequireAuthorization(write);

        group.MapPost("/library", async Task<Results<Created<LibraryDetail>, ValidationProblem, ProblemHttpResult>> (LibraryInput input, AppDbContext db, UserManager<AppUser> users, TimeProvider clock, CancellationToken ct) =>
        {
            var today = clock.Today();
            var errors = CultivationValidation.Validate(input, today.Year, creating: true);
            var enterprise = errors.Any ? null : await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == input.EnterpriseId, ct);
            if (!errors.Any && enterprise is null) errors.Add("enterpriseId", "unknown_enterprise");
            var officer = errors.Any ? null : await OfficerAsync(db, users, input.OfficerId, errors);
            if (errors.Any) return Problems.Validation(errors);
            if (await db.CultivationEntries.AnyAsync(x => x.EnterpriseId == enterprise!.Id && x.TargetTier == input.TargetTier && x.TargetYear == input.TargetYear, ct))
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
        }).RequireAuthorization(write);

        group.MapPut("/library/{id:guid}", async Task<Results<Ok<LibraryDetail>, ValidationProblem, ProblemHttpResult>> (Guid id, LibraryInput input, AppDbContext db, UserManager<AppUser> users, TimeProvider clock, CancellationToken ct) =>
        {
            var entry = await db.CultivationEntries.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (entry is null) return Problems.NotFound();
            var errors = CultivationValidation.Validate(input, clock.Today().Year, creating: false);
            var officer = errors.Any ? null : await OfficerAsync(db, users, input.OfficerId, errors);
            if (errors.Any) return Problems.Validation(errors);
            db.ExpectVersion(entry, input.Version!.Value);
            entry.TargetYear = input.TargetYear!.Value;
            entry.OfficerId = officer?.Id;
            entry.OfficerName = officer?.DisplayName;
            entry.Note = input.Note?.Trim();
            return await SaveAsync(db, id, clock.Today(), ct);
        }).RequireAuthorization(write);

        group.MapDelete("/library/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AppDbContext db, CancellationToken ct) =>
        {
            var entry = await db.CultivationEntries.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (entry is null) return Problems.NotFound();
            if (entry.Status == CultivationStatus.Approved) return Problems.Conflict("approved_entry");
            db.CultivationEntries.Remove(entry);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(write);

        group.MapPost("/library/{id:guid}/actions", async Task<Results<Ok<LibraryDetail>, ValidationProblem, ProblemHttpResult>> (Guid id, ActionInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var today = clock.Today();
            var entry = await db.CultivationEntries.FirstOrDefaultAsync(x => x.Id == id, ct);
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
            return await SaveAsync(db, id, today, ct);
        }).RequireAuthorization(write);

        group.MapGet("/targets", async (int? year, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await TargetsAsync(db, year ?? clock.Today().Year, ct)));

        group.MapPut("/targets", async Task<Results<Ok<List<TargetRow>>, ValidationProblem, ProblemHttpResult>> (TargetInput input, AppDbContext db, CancellationToken ct) =>
        {
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
        }).RequireAuthorization(write);
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

    private static Task<Results<Ok<LibraryDetail>, ValidationProblem, ProblemHttpResult>> SaveAsync(AppDbContext db, Guid id, DateOnly today, CancellationToken ct) =>
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
                var applied = counts.Where(c => c.ParkId == p.Id && c.TargetTier == tier && c.Status is CultivationStatus.Applied or CultivationStatus.Approved or CultivationStatus.Rejected).Sum(c => c.Count);
                if (t is null && applied == 0) continue;
                rows.Add(new TargetRow(t?.Id, p.Id, p.Name, year, tier, t?.Target ?? 0, applied, approved,
                    t is null ? null : CultivationFlow.Completion(approved, t.Target), t?.Version ?? 0));
            }
        return rows;
    }
}
