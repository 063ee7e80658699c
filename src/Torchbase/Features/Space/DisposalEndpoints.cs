using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Space;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Space;

/// <summary>
/// Disposal cases (处置) of confirmed zombie enterprises: 核查 → 约谈 → 协商退出 / 司法处置 → 盘活, each step with its day. Closing (盘活)
/// ends the enterprise's leases that day and sets their units vacant; the statistics count cases by step and the space recovered.
/// </summary>
public static class DisposalEndpoints
{
    private static readonly Dictionary<string, Expression<Func<DisposalCase, object?>>> SortKeys = new()
    {
        ["stage"] = c => c.Stage, ["verifiedOn"] = c => c.VerifiedOn, ["revitalizedOn"] = c => c.RevitalizedOn, ["recoveredArea"] = c => c.RecoveredArea,
    };

    public static void MapDisposalEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/disposals", ListDisposals)
            .WithName(nameof(ListDisposals))
            .WithSummary("Disposal cases in the caller's scope, filtered by park and step, sorted and paged")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapGet("/disposals/export", ExportDisposals)
            .WithName(nameof(ExportDisposals))
            .WithSummary("The filtered disposal cases as an Excel workbook")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapGet("/disposals/stats", GetDisposalStats)
            .WithName(nameof(GetDisposalStats))
            .WithSummary("Disposal cases by step, and the space the closed ones recovered (m²)")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapPost("/disposals", CreateDisposal)
            .WithName(nameof(CreateDisposal))
            .WithSummary("Open a disposal case (核查) for an enterprise confirmed as a zombie")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapPost("/disposals/{id:guid}/step", StepDisposal)
            .WithName(nameof(StepDisposal))
            .WithSummary("Move a case to its next step on a day; on 盘活 the enterprise's leases end that day and their units are vacant")
            .RequireAuthorization(Permissions.SpaceWrite);
    }

    public static async Task<Ok<Paged<DisposalItem>>> ListDisposals([AsParameters] DisposalQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Items(api.Db, Filter(api.Db, q)).ToPagedAsync(q, api.Ct));

    public static async Task<FileContentHttpResult> ExportDisposals([AsParameters] DisposalQuery q, [AsParameters] ApiServices api)
    {
        var items = await Items(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct);
        return Export.Xlsx("处置案件", ["企业名称", "所属园区", "当前步骤", "核查日期", "约谈日期", "协商退出日期", "司法处置日期", "盘活日期", "后续承接方",
                "收回面积（平方米）", "说明"],
            items.Select(c => (IReadOnlyList<object?>)[c.EnterpriseName, c.ParkName, StageNames[c.Stage], c.VerifiedOn, c.InterviewedOn, c.NegotiatedOn,
                c.JudicialOn, c.RevitalizedOn, c.NextTenant, c.RecoveredArea, c.Note]),
            api.Clock);
    }

    public static async Task<Ok<DisposalStats>> GetDisposalStats(Guid? parkId, [AsParameters] ApiServices api)
    {
        var cases = parkId is { } p ? api.Db.DisposalCases.Where(c => c.ParkId == p) : api.Db.DisposalCases;
        var rows = await cases.AsNoTracking().GroupBy(c => c.Stage)
            .Select(g => new { Stage = g.Key, Cases = g.Count(), Area = g.Sum(c => c.RecoveredArea) }).ToListAsync(api.Ct);
        var byStage = Enum.GetValues<DisposalStage>()
            .Select(s => new DisposalStageCount(s, rows.Where(r => r.Stage == s).Sum(r => r.Cases))).ToList();
        var closed = rows.Where(r => r.Stage == DisposalStage.Revitalized).ToList();
        return TypedResults.Ok(new DisposalStats(byStage, rows.Where(r => r.Stage != DisposalStage.Revitalized).Sum(r => r.Cases),
            closed.Sum(r => r.Cases), closed.Sum(r => r.Area)));
    }

    public static async Task<Results<Created<DisposalItem>, ValidationProblem, ProblemHttpResult>> CreateDisposal(
        DisposalInput input, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        var errors = new Errors().MaxLength("note", input.Note, 2000);
        if (input.VerifiedOn is null) errors.Add("verifiedOn", "required");
        else if (input.VerifiedOn > today) errors.Add("verifiedOn", "space.date_in_future");
        var enterprise = input.EnterpriseId is { } id ? await api.Db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, api.Ct) : null;
        if (input.EnterpriseId is null) errors.Add("enterpriseId", "required");
        else if (enterprise is null) errors.Add("enterpriseId", "unknown_enterprise");
        else if (!await api.Db.ZombieReviews.AnyAsync(r => r.EnterpriseId == enterprise.Id && r.Decision == ZombieDecision.Confirmed, api.Ct))
            errors.Add("enterpriseId", "space.not_confirmed");
        if (errors.Any) return Problems.Validation(errors);
        if (await api.Db.DisposalCases.AnyAsync(c => c.EnterpriseId == enterprise!.Id && c.Stage != DisposalStage.Revitalized, api.Ct))
            return Problems.Conflict("space.disposal_open");
        var c = new DisposalCase
        {
            EnterpriseId = enterprise!.Id, ZoneId = enterprise.ZoneId, ParkId = enterprise.ParkId, Stage = DisposalStage.Verification,
            VerifiedOn = input.VerifiedOn!.Value, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
        };
        api.Db.DisposalCases.Add(c);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/space/disposals/{c.Id}", (await FindAsync(api.Db, c.Id, api.Ct))!);
    }

    public static async Task<Results<Ok<DisposalItem>, ValidationProblem, ProblemHttpResult>> StepDisposal(
        Guid id, DisposalStepInput input, [AsParameters] ApiServices api)
    {
        var c = await api.Db.DisposalCases.FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (c is null) return Problems.NotFound();
        var today = api.Clock.Today();
        var errors = new Errors().MaxLength("note", input.Note, 2000).MaxLength("nextTenant", input.NextTenant, 200);
        if (input.Version is null) errors.Add("version", "required");
        if (input.Stage is null) errors.Add("stage", "required");
        else if (!DisposalStages.CanMove(c.Stage, input.Stage.Value)) errors.Add("stage", "space.stage_not_next");
        if (input.On is null) errors.Add("on", "required");
        else if (input.On > today) errors.Add("on", "space.date_in_future");
        else if (input.On < DisposalStages.LastStepOn(c)) errors.Add("on", "space.step_before_last", DisposalStages.LastStepOn(c).ToString("yyyy-MM-dd"));
        if (errors.Any) return Problems.Validation(errors);
        api.Db.ExpectVersion(c, input.Version!.Value);
        var on = input.On!.Value;
        DisposalStages.Move(c, input.Stage!.Value, on);
        if (!string.IsNullOrWhiteSpace(input.Note)) c.Note = input.Note.Trim();
        if (!string.IsNullOrWhiteSpace(input.NextTenant)) c.NextTenant = input.NextTenant.Trim();
        if (c.Stage == DisposalStage.Revitalized) c.RecoveredArea = await FreeUnitsAsync(api.Db, c, on, today, api.Ct);
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api.Db, id, api.Ct), api.Ct);
    }

    /// <summary>
    /// Ends the enterprise's leases running on the day (their last day becomes it), removes those starting after it, and sets vacant the
    /// units no other lease covers today. Answers the area of the units freed.
    /// </summary>
    private static async Task<decimal> FreeUnitsAsync(AppDbContext db, DisposalCase c, DateOnly on, DateOnly today, CancellationToken ct)
    {
        var leases = await db.Leases.Where(l => l.EnterpriseId == c.EnterpriseId && l.To >= on).ToListAsync(ct);
        foreach (var lease in leases)
        {
            if (lease.From > on) db.Leases.Remove(lease);
            else (lease.To, lease.EndedByDisposalId) = (on, c.Id);
        }
        var unitIds = leases.Select(l => l.UnitId).Distinct().ToList();
        var units = await db.SpaceUnits.Where(u => unitIds.Contains(u.Id)).ToListAsync(ct);
        var stillLet = await db.Leases.Where(l => unitIds.Contains(l.UnitId) && l.EnterpriseId != c.EnterpriseId && l.From <= today && l.To >= today)
            .Select(l => l.UnitId).Distinct().ToListAsync(ct);
        var freed = units.Where(u => !stillLet.Contains(u.Id) && u.Status != UnitStatus.Reserved).ToList();
        foreach (var unit in freed) unit.Status = UnitStatus.Vacant;
        return freed.Sum(u => u.Area);
    }

    internal static readonly Dictionary<DisposalStage, string> StageNames = new()
    {
        [DisposalStage.Verification] = "核查", [DisposalStage.Interview] = "约谈", [DisposalStage.NegotiatedExit] = "协商退出",
        [DisposalStage.JudicialDisposal] = "司法处置", [DisposalStage.Revitalized] = "盘活",
    };

    private static IQueryable<DisposalCase> Filter(AppDbContext db, DisposalQuery q)
    {
        var query = db.DisposalCases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(c => db.Enterprises.Any(e => e.Id == c.EnterpriseId && e.Name.Contains(s)));
        }
        if (q.ParkId is { } park) query = query.Where(c => c.ParkId == park);
        if (q.Stage is { } stage) query = query.Where(c => c.Stage == stage);
        return query.SortBy(q.Sort, q.Desc ?? true, SortKeys, "verifiedOn", c => c.Id);
    }

    private static IQueryable<DisposalItem> Items(AppDbContext db, IQueryable<DisposalCase> query) =>
        query.Select(c => new DisposalItem(c.Id, c.EnterpriseId,
            db.Enterprises.Where(e => e.Id == c.EnterpriseId).Select(e => e.Name).FirstOrDefault() ?? "", c.ParkId,
            db.Parks.Where(p => p.Id == c.ParkId).Select(p => p.Name).First(), c.Stage, c.VerifiedOn, c.InterviewedOn, c.NegotiatedOn, c.JudicialOn,
            c.RevitalizedOn, c.NextTenant, c.RecoveredArea, c.Note, c.Version));

    private static Task<DisposalItem?> FindAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        Items(db, db.DisposalCases.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(ct);
}
