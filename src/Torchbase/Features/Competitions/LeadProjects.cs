using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Domain.Projects;
using Torchbase.Features.Carriers;
using Torchbase.Http;

namespace Torchbase.Features.Competitions;

/// <summary>
/// Turning a lead (a matched competition entrant, a signing at an event) into a project on the ledger: a lead (入库) as the ledger's
/// own create makes it, with the channel and the competition or event credited, and the lead keeping the project's id.
/// </summary>
internal static class LeadProjects
{
    public sealed record Lead(Guid ZoneId, string Name, string Investor, decimal PlannedInvestment, ProjectSource Source, string BroughtBy);

    public static async Task<ProblemHttpResult> AlreadyAsync(AppDbContext db, Guid projectId, CancellationToken ct)
    {
        var name = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.Name).FirstOrDefaultAsync(ct);
        return Problems.Of(StatusCodes.Status409Conflict, "lead_already_project", new { ProjectId = projectId }, name ?? "");
    }

    /// <summary>Creates the project and links the lead (a tracked, versioned row) to it in one save; a lost race is a 409.</summary>
    public static async Task<Results<Created<LeadResult>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ApiServices api, LeadInput input, Lead lead, Action<Project> link, Guid leadId)
    {
        var db = api.Db;
        var name = lead.Name.Trim();
        var errors = new Errors().Required("name", name).MaxLength("name", name, Limits.Title).Amount("plannedInvestment", input.PlannedInvestment);
        if (input.PlannedInvestment < 0) errors.Add("plannedInvestment", "not_negative");
        var park = await CarrierSupport.VisibleParkAsync(db, input.ParkId, errors, api.Ct);
        if (park is not null && park.ZoneId != lead.ZoneId) errors.Add("parkId", "unknown_park");
        if (errors.Any) return Problems.Validation(errors);
        var today = api.Clock.Today();
        var project = new Project
        {
            Name = name, ZoneId = lead.ZoneId, ParkId = park!.Id, Stage = ProjectStage.Lead, StageChangedOn = today, EnteredOn = today,
            Investor = Clip(lead.Investor, Limits.Title), PlannedInvestment = lead.PlannedInvestment, Source = lead.Source,
            BroughtBy = Clip(lead.BroughtBy, Limits.Name), Category = ProjectCategory.Industrial,
        };
        project.StageChanges.Add(new ProjectStageChange
        {
            From = ProjectStage.Lead, To = ProjectStage.Lead, On = today, RecordedAt = api.Clock.GetUtcNow(),
            Note = Clip($"录入台账（{lead.BroughtBy}）", Limits.Note), By = db.Scope.UserName,
        });
        db.Projects.Add(project);
        link(project);
        try
        {
            await db.SaveChangesAsync(api.Ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            // Someone turned the same lead into a project meanwhile: it is not done twice.
            db.ChangeTracker.Clear();
            return Problems.Conflict("concurrency");
        }
        return TypedResults.Created($"/api/projects/{project.Id}", new LeadResult(project.Id, project.Name, leadId));
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
