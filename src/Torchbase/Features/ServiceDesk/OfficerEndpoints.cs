using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.ServiceDesk;

public sealed record OfficerItem(Guid Id, string UserName, string DisplayName, Guid? ParkId, string? ParkName, int Enterprises, int OpenRequests,
    int OverdueRequests, int VisitsThisYear);

public sealed record AssignedEnterprise(Guid EnterpriseId, string Name, string ParkName, DateOnly AssignedOn, int OpenRequests);

public sealed record AssignmentInput(Guid? OfficerId);

/// <summary>Chief service officers (首席服务员): who looks after which enterprises, and how much work each has.</summary>
public static class OfficerEndpoints
{
    public static void MapOfficerEndpoints(this RouteGroupBuilder service)
    {
        service.MapGet("/officers", ListServiceOfficers)
            .WithName(nameof(ListServiceOfficers))
            .WithSummary("The chief service officers of the visible parks with their enterprises, open and overdue requests and visits this year")
            .RequireAuthorization(Permissions.ServiceHandle);
        service.MapGet("/officers/{id:guid}/enterprises", ListOfficerEnterprises)
            .WithName(nameof(ListOfficerEnterprises))
            .WithSummary("The enterprises one officer looks after, paged, with their open requests")
            .RequireAuthorization(Permissions.ServiceHandle);
        service.MapPut("/assignments/{enterpriseId:guid}", AssignServiceOfficer)
            .WithName(nameof(AssignServiceOfficer))
            .WithSummary("Make a service officer of the enterprise's park its chief service officer")
            .RequireAuthorization(Permissions.ServiceHandle);
    }

    public static async Task<Ok<List<OfficerItem>>> ListServiceOfficers([AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var today = api.Clock.Today();
        var yearStart = new DateOnly(today.Year, 1, 1);
        // Officers are the users of the visible assignments, plus the service officers of the visible parks without any yet.
        var assigned = await db.OfficerAssignments.AsNoTracking().GroupBy(a => a.OfficerId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var open = await db.ServiceRequests.AsNoTracking()
            .Where(r => r.OfficerId != null && r.Status != RequestStatus.Resolved && r.Status != RequestStatus.Closed)
            .GroupBy(r => r.OfficerId!.Value).Select(g => new { g.Key, Open = g.Count(), Overdue = g.Count(r => r.DueOn < today) })
            .ToDictionaryAsync(g => g.Key, ct);
        var visits = await db.Visits.AsNoTracking().Where(v => v.OfficerId != null && v.VisitedOn >= yearStart)
            .GroupBy(v => v.OfficerId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var parks = await db.Parks.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var role = await db.Roles.Where(r => r.Name == nameof(Role.ServiceOfficer)).Select(r => r.Id).FirstAsync(ct);
        var officerIds = db.UserRoles.Where(ur => ur.RoleId == role).Select(ur => ur.UserId);
        var parkIds = parks.Keys.ToList();
        var users = await db.Users.AsNoTracking().Where(u => officerIds.Contains(u.Id) && u.ParkId != null && parkIds.Contains(u.ParkId.Value))
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.ParkId }).ToListAsync(ct);
        return TypedResults.Ok(users
            .Select(u => new OfficerItem(u.Id, u.UserName!, u.DisplayName, u.ParkId, parks.GetValueOrDefault(u.ParkId!.Value),
                assigned.GetValueOrDefault(u.Id),
                open.GetValueOrDefault(u.Id)?.Open ?? 0, open.GetValueOrDefault(u.Id)?.Overdue ?? 0, visits.GetValueOrDefault(u.Id)))
            .OrderBy(o => o.ParkName, StringComparer.Ordinal).ThenBy(o => o.UserName, StringComparer.Ordinal).ToList());
    }

    public static async Task<Ok<Paged<AssignedEnterprise>>> ListOfficerEnterprises([AsParameters] PageQuery q, Guid id, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        return TypedResults.Ok(await db.OfficerAssignments.AsNoTracking().Where(a => a.OfficerId == id)
            .Join(db.Enterprises, a => a.EnterpriseId, e => e.Id, (a, e) => new { a, e })
            .OrderBy(x => x.e.Name)
            .Select(x => new AssignedEnterprise(x.e.Id, x.e.Name, db.Parks.Where(p => p.Id == x.e.ParkId).Select(p => p.Name).First(), x.a.AssignedOn,
                db.ServiceRequests.Count(r => r.EnterpriseId == x.e.Id && r.Status != RequestStatus.Resolved && r.Status != RequestStatus.Closed)))
            .ToPagedAsync(q, api.Ct));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AssignServiceOfficer(
        Guid enterpriseId, AssignmentInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId).Select(e => new { e.ZoneId, e.ParkId }).FirstOrDefaultAsync(ct);
        if (enterprise is null) return Problems.NotFound();
        if (input.OfficerId is null) return Problems.Validation(new Errors().Add("officerId", "required"));
        var role = await db.Roles.Where(r => r.Name == nameof(Role.ServiceOfficer)).Select(r => r.Id).FirstAsync(ct);
        var valid = await db.Users.AnyAsync(u => u.Id == input.OfficerId && u.ParkId == enterprise.ParkId
            && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role), ct);
        if (!valid) return Problems.Validation(new Errors().Add("officerId", "sd.unknown_officer"));
        var assignment = await db.OfficerAssignments.FirstOrDefaultAsync(a => a.EnterpriseId == enterpriseId, ct);
        if (assignment is null)
            db.OfficerAssignments.Add(assignment = new OfficerAssignment
            {
                EnterpriseId = enterpriseId, ZoneId = enterprise.ZoneId, ParkId = enterprise.ParkId,
            });
        assignment.OfficerId = input.OfficerId.Value;
        assignment.AssignedOn = api.Clock.Today();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
