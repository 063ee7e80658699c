using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Domain.Competitions;
using Torchbase.Domain.Projects;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Competitions;

/// <summary>Matchmaking events (火炬科技成果直通车, 对接会): achievements, attendance, intents, on-site signings and the projects they became.</summary>
public static class EventEndpoints
{
    public static void MapEventEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/events").WithTags("Events");
        var read = group.MapGroup("").RequireAuthorization(Permissions.CompetitionsRead);
        var write = group.MapGroup("").RequireAuthorization(Permissions.CompetitionsWrite);

        read.MapGet("/", ListEvents)
            .WithName(nameof(ListEvents))
            .WithSummary("The zone's matchmaking events, searched, filtered by year and kind, sorted and paged");
        read.MapGet("/export", ExportEvents)
            .WithName(nameof(ExportEvents))
            .WithSummary("The matchmaking events as an .xlsx");
        read.MapGet("/{id:guid}", GetEvent)
            .WithName(nameof(GetEvent))
            .WithSummary("One event with its attendance, signings and statistics computed from the records");
        write.MapPost("/", CreateEvent)
            .WithName(nameof(CreateEvent))
            .WithSummary("Create a matchmaking event in the caller's zone");
        write.MapPut("/{id:guid}", UpdateEvent)
            .WithName(nameof(UpdateEvent))
            .WithSummary("Edit an event's name, kind, day and place");
        write.MapPut("/{id:guid}/attendees", SetEventAttendees)
            .WithName(nameof(SetEventAttendees))
            .WithSummary("Set the enterprises of the registry that attended");
        read.MapGet("/{id:guid}/achievements", ListEventAchievements)
            .WithName(nameof(ListEventAchievements))
            .WithSummary("The achievements published at an event, searched, filtered by field, sorted and paged");
        read.MapGet("/{id:guid}/achievements/export", ExportEventAchievements)
            .WithName(nameof(ExportEventAchievements))
            .WithSummary("The achievements published at an event as an .xlsx");
        write.MapPost("/{id:guid}/achievements", AddEventAchievement)
            .WithName(nameof(AddEventAchievement))
            .WithSummary("Publish an achievement at an event");
        read.MapGet("/{id:guid}/intents", ListEventIntents)
            .WithName(nameof(ListEventIntents))
            .WithSummary("The intents of cooperation (achievement × enterprise) recorded at an event, searched, sorted and paged");
        write.MapPost("/{id:guid}/intents", AddEventIntent)
            .WithName(nameof(AddEventIntent))
            .WithSummary("Record an enterprise's intent to cooperate on an achievement");
        write.MapPost("/{id:guid}/signings", AddEventSigning)
            .WithName(nameof(AddEventSigning))
            .WithSummary("Record an agreement signed on site, with its amount (万元)");
        write.MapPut("/{id:guid}/signings/{signingId:guid}", UpdateEventSigning)
            .WithName(nameof(UpdateEventSigning))
            .WithSummary("Correct a signing (title, parties, enterprise, achievement, amount in 万元), with its version");
        write.MapPost("/{id:guid}/signings/{signingId:guid}/project", SigningToProject)
            .WithName(nameof(SigningToProject))
            .WithSummary("Turn a signing into a project lead on the ledger; a second time is a conflict")
            .RequireAuthorization(Permissions.ProjectsWrite);
    }

    private static readonly Dictionary<string, System.Linq.Expressions.Expression<Func<MatchEvent, object?>>> SortKeys = new()
    {
        ["heldOn"] = e => e.HeldOn, ["name"] = e => e.Name, ["kind"] = e => e.Kind,
    };

    private static IQueryable<EventItem> Listed(AppDbContext db, EventListQuery q)
    {
        var rows = db.MatchEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            rows = rows.Where(e => e.Name.Contains(s) || (e.Place != null && e.Place.Contains(s)));
        }
        if (q.Year is { } year) rows = rows.Where(e => e.HeldOn >= new DateOnly(year, 1, 1) && e.HeldOn <= new DateOnly(year, 12, 31));
        if (q.Kind is { } kind) rows = rows.Where(e => e.Kind == kind);
        return rows.SortBy(q.Sort, q.Desc ?? q.Sort is null, SortKeys, "heldOn", e => e.Id)
            .Select(e => new EventItem(e.Id, e.Name, e.Kind, e.HeldOn, e.Place, db.EventAchievements.Count(a => a.EventId == e.Id), e.Attendees.Count,
                db.EventSignings.Count(s => s.EventId == e.Id), db.EventIntents.Count(i => i.EventId == e.Id), e.IsDemo));
    }

    public static async Task<Ok<Paged<EventItem>>> ListEvents([AsParameters] EventListQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Listed(api.Db, q).ToPagedAsync(q, api.Ct));

    public static async Task<IResult> ExportEvents([AsParameters] EventListQuery q, [AsParameters] ApiServices api)
    {
        var items = await Listed(api.Db, q).ToListAsync(api.Ct);
        return Export.Xlsx("对接活动", ["日期", "名称", "类型", "地点", "发布成果", "到场企业", "现场签约", "合作意向"],
            items.Select(i => (IReadOnlyList<object?>)[i.HeldOn, i.Name, i.Kind == EventKind.AchievementExpress ? "成果直通车" : "对接会", i.Place,
                i.Achievements, i.Attending, i.Signings, i.Intents]), api.Clock);
    }

    public static async Task<Results<Ok<EventDetail>, ProblemHttpResult>> GetEvent(Guid id, [AsParameters] ApiServices api) =>
        await DetailAsync(api.Db, id, api.Ct) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound();

    internal static async Task<EventDetail?> DetailAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var e = await db.MatchEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return null;
        var attending = e.Attendees.Select(a => a.EnterpriseId).ToList();
        var attendees = await db.Enterprises.AsNoTracking().Where(x => attending.Contains(x.Id)).OrderBy(x => x.Name)
            .Select(x => new EnterpriseRef(x.Id, x.Name)).ToArrayAsync(ct);
        var signings = await (from s in db.EventSignings.AsNoTracking().Where(s => s.EventId == id)
                              orderby s.AmountWan descending, s.Title
                              select new SigningDto(s.Id, s.Title, s.Parties, s.EnterpriseId,
                                  db.Enterprises.Where(x => x.Id == s.EnterpriseId).Select(x => x.Name).FirstOrDefault(), s.AchievementId,
                                  db.EventAchievements.Where(a => a.Id == s.AchievementId).Select(a => a.Title).FirstOrDefault(), s.AmountWan,
                                  s.ProjectId, db.Projects.Where(p => p.Id == s.ProjectId).Select(p => p.Name).FirstOrDefault(), s.Version))
            .ToArrayAsync(ct);
        var achievements = await db.EventAchievements.CountAsync(a => a.EventId == id, ct);
        var intents = await db.EventIntents.CountAsync(i => i.EventId == id, ct);
        var fields = await db.EventAchievements.AsNoTracking().Where(a => a.EventId == id && a.Field != null).Select(a => a.Field!).Distinct()
            .OrderBy(f => f).ToArrayAsync(ct);
        var stats = EventStatistics.Of(achievements, attending.Count,
            signings.Select(s => new EventSigning { Title = s.Title, Parties = s.Parties, AmountWan = s.AmountWan, ProjectId = s.ProjectId }).ToList(),
            intents);
        return new EventDetail(e.Id, e.Name, e.Kind, e.HeldOn, e.Place, stats, attendees, signings, fields, e.IsDemo, e.Version);
    }

    private static Errors Validate(EventInput input)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, Limits.Name).MaxLength("place", input.Place, Limits.Name);
        if (input.Kind is null) errors.Add("kind", "required");
        if (input.HeldOn is null) errors.Add("heldOn", "required");
        return errors;
    }

    private static void Apply(MatchEvent e, EventInput input)
    {
        e.Name = input.Name!.Trim();
        e.Kind = input.Kind!.Value;
        e.HeldOn = input.HeldOn!.Value;
        e.Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim();
    }

    public static async Task<Results<Created<EventDetail>, ValidationProblem, ProblemHttpResult>> CreateEvent(EventInput input, [AsParameters] ApiServices api)
    {
        if (api.Db.Scope.HomeZoneId is not { } zone) return Problems.Of(StatusCodes.Status403Forbidden, "competition_no_zone");
        var errors = Validate(input);
        if (errors.Any) return Problems.Validation(errors);
        var e = new MatchEvent { Name = "", ZoneId = zone };
        Apply(e, input);
        api.Db.MatchEvents.Add(e);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/events/{e.Id}", (await DetailAsync(api.Db, e.Id, api.Ct))!);
    }

    public static async Task<Results<Ok<EventDetail>, ValidationProblem, ProblemHttpResult>> UpdateEvent(
        Guid id, EventInput input, [AsParameters] ApiServices api)
    {
        var e = await api.Db.MatchEvents.FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (e is null) return Problems.NotFound();
        var errors = Validate(input);
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        api.Db.ExpectVersion(e, input.Version!.Value);
        Apply(e, input);
        return await api.Db.SaveOrConflictAsync(() => DetailAsync(api.Db, id, api.Ct), api.Ct);
    }

    public static async Task<Results<Ok<EventDetail>, ValidationProblem, ProblemHttpResult>> SetEventAttendees(
        Guid id, AttendanceInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var e = await db.MatchEvents.FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (e is null) return Problems.NotFound();
        var errors = new Errors();
        if (input.Version is null) errors.Add("version", "required");
        if (input.EnterpriseIds is null) errors.Add("enterpriseIds", "required");
        var wanted = (input.EnterpriseIds ?? []).Distinct().ToList();
        var known = await db.Enterprises.AsNoTracking().Where(x => wanted.Contains(x.Id) && x.ZoneId == e.ZoneId).Select(x => x.Id).ToListAsync(api.Ct);
        if (known.Count != wanted.Count) errors.Add("enterpriseIds", "unknown_enterprise");
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(e, input.Version!.Value);
        e.Attendees.RemoveAll(a => !wanted.Contains(a.EnterpriseId));
        foreach (var add in wanted.Where(w => e.Attendees.All(a => a.EnterpriseId != w))) e.Attendees.Add(new EventAttendee { EnterpriseId = add });
        // The attendance is the event's own list: a change to it is an edit of the event, so a second editor is told (409).
        db.Entry(e).Property(x => x.Version).IsModified = true;
        return await db.SaveOrConflictAsync(() => DetailAsync(db, id, api.Ct), api.Ct);
    }

    private static readonly Dictionary<string, System.Linq.Expressions.Expression<Func<EventAchievement, object?>>> AchievementSortKeys = new()
    {
        ["title"] = a => a.Title, ["owner"] = a => a.Owner, ["field"] = a => a.Field,
    };

    private static IQueryable<EventAchievementItem> Achievements(AppDbContext db, Guid id, EventAchievementQuery q)
    {
        var rows = db.EventAchievements.AsNoTracking().Where(a => a.EventId == id);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            rows = rows.Where(a => a.Title.Contains(s) || a.Owner.Contains(s));
        }
        if (!string.IsNullOrWhiteSpace(q.Field)) rows = rows.Where(a => a.Field == q.Field);
        return rows.SortBy(q.Sort, q.Desc ?? false, AchievementSortKeys, "title", a => a.Id)
            .Select(a => new EventAchievementItem(a.Id, a.Title, a.Owner, a.Field, db.EventIntents.Count(i => i.AchievementId == a.Id)));
    }

    public static async Task<Results<Ok<Paged<EventAchievementItem>>, ProblemHttpResult>> ListEventAchievements(
        Guid id, [AsParameters] EventAchievementQuery q, [AsParameters] ApiServices api)
    {
        if (!await api.Db.MatchEvents.AnyAsync(e => e.Id == id, api.Ct)) return Problems.NotFound();
        return TypedResults.Ok(await Achievements(api.Db, id, q).ToPagedAsync(q, api.Ct));
    }

    public static async Task<IResult> ExportEventAchievements(Guid id, [AsParameters] EventAchievementQuery q, [AsParameters] ApiServices api)
    {
        if (!await api.Db.MatchEvents.AnyAsync(e => e.Id == id, api.Ct)) return Problems.NotFound();
        var items = await Achievements(api.Db, id, q).ToListAsync(api.Ct);
        return Export.Xlsx("发布成果", ["成果名称", "成果持有方", "领域", "合作意向数"],
            items.Select(i => (IReadOnlyList<object?>)[i.Title, i.Owner, i.Field, i.Intents]), api.Clock);
    }

    public static async Task<Results<Created<EventAchievementItem>, ValidationProblem, ProblemHttpResult>> AddEventAchievement(
        Guid id, EventAchievementInput input, [AsParameters] ApiServices api)
    {
        var e = await api.Db.MatchEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (e is null) return Problems.NotFound();
        var errors = new Errors().Required("title", input.Title).MaxLength("title", input.Title, Limits.Title)
            .Required("owner", input.Owner).MaxLength("owner", input.Owner, Limits.Name).MaxLength("field", input.Field, Limits.ShortName);
        if (errors.Any) return Problems.Validation(errors);
        var a = new EventAchievement
        {
            ZoneId = e.ZoneId, EventId = id, Title = input.Title!.Trim(), Owner = input.Owner!.Trim(),
            Field = string.IsNullOrWhiteSpace(input.Field) ? null : input.Field.Trim(),
        };
        api.Db.EventAchievements.Add(a);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/events/{id}/achievements/{a.Id}", new EventAchievementItem(a.Id, a.Title, a.Owner, a.Field, 0));
    }

    private static IQueryable<IntentItem> Intents(AppDbContext db, Guid id, IntentQuery q)
    {
        var rows = from i in db.EventIntents.AsNoTracking().Where(i => i.EventId == id)
                   join a in db.EventAchievements.AsNoTracking() on i.AchievementId equals a.Id
                   join x in db.Enterprises.AsNoTracking() on i.EnterpriseId equals x.Id
                   select new { i.Id, i.AchievementId, a.Title, i.EnterpriseId, x.Name };
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            rows = rows.Where(r => r.Title.Contains(s) || r.Name.Contains(s));
        }
        var keys = rows.SortKeys(("achievementTitle", r => r.Title), ("enterpriseName", r => r.Name));
        return rows.SortBy(q.Sort, q.Desc ?? false, keys, "achievementTitle", r => r.Id)
            .Select(r => new IntentItem(r.Id, r.AchievementId, r.Title, r.EnterpriseId, r.Name));
    }

    public static async Task<Results<Ok<Paged<IntentItem>>, ProblemHttpResult>> ListEventIntents(
        Guid id, [AsParameters] IntentQuery q, [AsParameters] ApiServices api)
    {
        if (!await api.Db.MatchEvents.AnyAsync(e => e.Id == id, api.Ct)) return Problems.NotFound();
        return TypedResults.Ok(await Intents(api.Db, id, q).ToPagedAsync(q, api.Ct));
    }

    public static async Task<Results<Created<IntentItem>, ValidationProblem, ProblemHttpResult>> AddEventIntent(
        Guid id, IntentInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var e = await db.MatchEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (e is null) return Problems.NotFound();
        var errors = new Errors();
        var achievement = input.AchievementId is { } aid
            ? await db.EventAchievements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == aid && a.EventId == id, api.Ct) : null;
        if (input.AchievementId is null) errors.Add("achievementId", "required");
        else if (achievement is null) errors.Add("achievementId", "invalid_value");
        var enterprise = input.EnterpriseId is { } eid
            ? await db.Enterprises.AsNoTracking().Where(x => x.Id == eid && x.ZoneId == e.ZoneId).Select(x => x.Name).FirstOrDefaultAsync(api.Ct) : null;
        if (input.EnterpriseId is null) errors.Add("enterpriseId", "required");
        else if (enterprise is null) errors.Add("enterpriseId", "unknown_enterprise");
        if (!errors.Any && await db.EventIntents.AnyAsync(
                i => i.EventId == id && i.AchievementId == input.AchievementId && i.EnterpriseId == input.EnterpriseId, api.Ct))
            errors.Add("enterpriseId", "event_intent_exists");
        if (errors.Any) return Problems.Validation(errors);
        var intent = new EventIntent { ZoneId = e.ZoneId, EventId = id, AchievementId = achievement!.Id, EnterpriseId = input.EnterpriseId!.Value };
        db.EventIntents.Add(intent);
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/events/{id}/intents/{intent.Id}",
            new IntentItem(intent.Id, achievement.Id, achievement.Title, intent.EnterpriseId, enterprise!));
    }

    public static async Task<Results<Created<EventDetail>, ValidationProblem, ProblemHttpResult>> AddEventSigning(
        Guid id, SigningInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var e = await db.MatchEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (e is null) return Problems.NotFound();
        var errors = await ValidateSigningAsync(db, e, input, api.Ct);
        if (errors.Any) return Problems.Validation(errors);
        db.EventSignings.Add(new EventSigning
        {
            ZoneId = e.ZoneId, EventId = id, Title = input.Title!.Trim(), Parties = input.Parties!.Trim(), EnterpriseId = input.EnterpriseId,
            AchievementId = input.AchievementId, AmountWan = input.AmountWan!.Value,
        });
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/events/{id}", (await DetailAsync(db, id, api.Ct))!);
    }

    public static async Task<Results<Ok<EventDetail>, ValidationProblem, ProblemHttpResult>> UpdateEventSigning(
        Guid id, Guid signingId, SigningEditInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var e = await db.MatchEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        var signing = await db.EventSignings.FirstOrDefaultAsync(s => s.Id == signingId && s.EventId == id, api.Ct);
        if (e is null || signing is null) return Problems.NotFound();
        var errors = await ValidateSigningAsync(db, e, new SigningInput(input.Title, input.Parties, input.EnterpriseId, input.AchievementId, input.AmountWan),
            api.Ct);
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(signing, input.Version!.Value);
        signing.Title = input.Title!.Trim();
        signing.Parties = input.Parties!.Trim();
        signing.EnterpriseId = input.EnterpriseId;
        signing.AchievementId = input.AchievementId;
        signing.AmountWan = input.AmountWan!.Value;
        return await db.SaveOrConflictAsync(() => DetailAsync(db, id, api.Ct), api.Ct);
    }

    /// <summary>A signing's fields: title and parties, an amount (万元) not below zero, the enterprise of the zone and the event's own achievement.</summary>
    private static async Task<Errors> ValidateSigningAsync(AppDbContext db, MatchEvent e, SigningInput input, CancellationToken ct)
    {
        var errors = new Errors().Required("title", input.Title).MaxLength("title", input.Title, Limits.Title)
            .Required("parties", input.Parties).MaxLength("parties", input.Parties, Limits.Title).Amount("amountWan", input.AmountWan);
        if (input.AmountWan is null) errors.Add("amountWan", "required");
        else if (input.AmountWan < 0) errors.Add("amountWan", "not_negative");
        if (input.EnterpriseId is { } eid && !await db.Enterprises.AnyAsync(x => x.Id == eid && x.ZoneId == e.ZoneId, ct))
            errors.Add("enterpriseId", "unknown_enterprise");
        if (input.AchievementId is { } aid && !await db.EventAchievements.AnyAsync(a => a.Id == aid && a.EventId == e.Id, ct))
            errors.Add("achievementId", "invalid_value");
        return errors;
    }

    public static async Task<Results<Created<LeadResult>, ValidationProblem, ProblemHttpResult>> SigningToProject(
        Guid id, Guid signingId, LeadInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var e = await db.MatchEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        var signing = await db.EventSignings.FirstOrDefaultAsync(s => s.Id == signingId && s.EventId == id, api.Ct);
        if (e is null || signing is null) return Problems.NotFound();
        if (signing.ProjectId is { } existing) return await LeadProjects.AlreadyAsync(db, existing, api.Ct);
        var investor = signing.EnterpriseId is { } eid
            ? await db.Enterprises.AsNoTracking().Where(x => x.Id == eid).Select(x => x.Name).FirstOrDefaultAsync(api.Ct) ?? signing.Parties
            : signing.Parties;
        var lead = new LeadProjects.Lead(e.ZoneId, input.Name ?? signing.Title, investor, input.PlannedInvestment ?? signing.AmountWan,
            ProjectSource.Other, e.Name);
        return await LeadProjects.CreateAsync(api, input, lead, p => signing.ProjectId = p.Id, signingId);
    }
}
