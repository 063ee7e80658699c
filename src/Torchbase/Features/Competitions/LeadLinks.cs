using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Features.Projects;

namespace Torchbase.Features.Competitions;

/// <summary>The way back from a project to the lead it was turned from, for the project's detail.</summary>
internal static class LeadLinks
{
    public static async Task<ProjectLeadLink?> OfProjectAsync(AppDbContext db, Guid projectId, CancellationToken ct)
    {
        var entrant = await (from e in db.CompetitionEntrants.AsNoTracking().Where(e => e.ProjectId == projectId)
                             join c in db.Competitions.AsNoTracking() on e.CompetitionId equals c.Id
                             select new ProjectLeadLink("competition", c.Id, c.Name, e.Id, e.ProjectTitle)).FirstOrDefaultAsync(ct);
        if (entrant is not null) return entrant;
        return await (from s in db.EventSignings.AsNoTracking().Where(s => s.ProjectId == projectId)
                      join e in db.MatchEvents.AsNoTracking() on s.EventId equals e.Id
                      select new ProjectLeadLink("event", e.Id, e.Name, s.Id, s.Title)).FirstOrDefaultAsync(ct);
    }
}
