using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Talent;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Talent;

public sealed record FeedbackInput(Guid? DemandId, Guid? ExpertId, bool? Fits, string? Note);

public sealed record FeedbackItem(Guid Id, Guid DemandId, Guid ExpertId, bool Fits, string? Note, string UserName, DateTimeOffset MarkedAt);

public sealed record FeedbackExportQuery(Guid? DemandId);

/// <summary>
/// Officers' judgements of recommendations (合适 / 不合适): one per officer, demand and expert, changed by marking again; the bureau
/// exports them as labelled pairs to measure and tune the matching.
/// </summary>
internal static class FeedbackEndpoints
{
    public static void MapFeedbackEndpoints(this RouteGroupBuilder group)
    {
        var officers = group.MapGroup("").RequireAuthorization(Permissions.TalentWrite);
        officers.MapPut("/feedback", MarkRecommendation)
            .WithName(nameof(MarkRecommendation))
            .WithSummary("Mark a recommended expert as fitting the demand or not, with an optional note (the caller's own judgement)");
        officers.MapGet("/feedback/export", ExportRecommendationFeedback)
            .WithName(nameof(ExportRecommendationFeedback))
            .WithSummary("The officers' judgements as labelled demand-expert pairs in an .xlsx (label 1 fits, 0 does not)");
    }

    public static async Task<Results<Ok<FeedbackItem>, ValidationProblem>> MarkRecommendation(FeedbackInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var errors = new Errors().MaxLength("note", input.Note, 500);
        var demand = input.DemandId is { } did ? await db.TechDemands.AsNoTracking().FirstOrDefaultAsync(d => d.Id == did, ct) : null;
        if (demand is null) errors.Add("demandId", input.DemandId is null ? "required" : "unknown_demand");
        var expert = input.ExpertId is { } eid && demand is not null
            ? await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eid && e.ZoneId == demand.ZoneId, ct) : null;
        if (expert is null) errors.Add("expertId", input.ExpertId is null ? "required" : "unknown_expert");
        if (input.Fits is null) errors.Add("fits", "required");
        if (errors.Any) return Problems.Validation(errors);
        var (id, expertId) = (demand!.Id, expert!.Id);
        var userId = api.User.UserId()!.Value;
        var row = await db.RecommendationFeedback.FirstOrDefaultAsync(f => f.DemandId == id && f.ExpertId == expertId && f.UserId == userId, ct);
        if (row is null)
        {
            row = new RecommendationFeedback
            {
                Id = Guid.CreateVersion7(), ZoneId = demand.ZoneId, DemandId = id, EnterpriseId = demand.EnterpriseId, ExpertId = expertId,
                UserId = userId, UserName = "",
            };
            db.RecommendationFeedback.Add(row);
        }
        row.UserName = api.User.FindFirst(ScopeClaims.DisplayName)?.Value ?? api.User.Identity?.Name ?? "";
        row.Fits = input.Fits!.Value;
        row.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        row.MarkedAt = api.Clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new FeedbackItem(row.Id, row.DemandId, row.ExpertId, row.Fits, row.Note, row.UserName, row.MarkedAt));
    }

    public static async Task<IResult> ExportRecommendationFeedback([AsParameters] FeedbackExportQuery q, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var rows = db.RecommendationFeedback.AsNoTracking();
        if (q.DemandId is { } did) rows = rows.Where(f => f.DemandId == did);
        var items = await rows.OrderBy(f => f.MarkedAt).ThenBy(f => f.Id)
            .Select(f => new
            {
                Demand = db.TechDemands.Where(d => d.Id == f.DemandId).Select(d => new { d.Title, d.Problem }).First(),
                f.ExpertId, Expert = db.Experts.Where(e => e.Id == f.ExpertId).Select(e => e.Name).First(),
                f.Fits, f.UserName, f.MarkedAt, f.Note, f.DemandId,
            }).ToListAsync(api.Ct);
        return Export.Xlsx("推荐评价", ["需求编号", "需求", "需求内容", "专家编号", "专家", "标签", "评价人", "评价时间", "备注"],
            items.Select(f => (IReadOnlyList<object?>)[f.DemandId.ToString(), f.Demand.Title, f.Demand.Problem, f.ExpertId.ToString(), f.Expert,
                f.Fits ? 1 : 0, f.UserName, f.MarkedAt.ToOffset(ClockExtensions.ChinaOffset).ToString("yyyy-MM-dd HH:mm"), f.Note]), api.Clock);
    }
}
