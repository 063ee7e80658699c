using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Features.Notifications;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.ServiceDesk;

/// <summary>Batch actions on the request list: the same step on many selected requests at once, one audited change per request.</summary>
public static class BatchEndpoints
{
    /// <summary>How many requests one batch takes (a list page's largest page).</summary>
    public const int MaxBatch = 200;

    public static void MapServiceBatchEndpoints(this RouteGroupBuilder service)
    {
        service.MapPost("/requests/batch/officer", ReassignServiceRequests)
            .WithName(nameof(ReassignServiceRequests))
            .WithSummary("Give the selected requests another handling officer; refused as a whole if one is not in the caller's scope")
            .RequireAuthorization(Permissions.ServiceHandle)
            .RequireAuthorization(ServiceDeskPolicies.Assign);
    }

    public static async Task<Results<Ok<BatchResult>, ValidationProblem, ProblemHttpResult>> ReassignServiceRequests(
        BatchOfficerInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var errors = new Errors();
        if (input.Ids is null || input.Ids.Count == 0) errors.Add("ids", "required");
        else if (input.Ids.Count > MaxBatch) errors.Add("ids", "batch.too_many", MaxBatch);
        else if (input.Ids.Contains(Guid.Empty)) errors.Add("ids", "invalid_value");
        if (input.OfficerId is null || input.OfficerId == Guid.Empty) errors.Add("officerId", "required");
        if (errors.Any) return Problems.Validation(errors);

        var ids = input.Ids!.Distinct().ToList();
        // The query filters decide what the caller sees: one id it cannot see refuses the whole batch.
        var requests = await db.ServiceRequests.Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        if (requests.Count != ids.Count) return Problems.Validation(new Errors().Add("ids", "batch.out_of_scope", ids.Count - requests.Count));

        var role = await db.Roles.Where(r => r.Name == nameof(Role.ServiceOfficer)).Select(r => r.Id).FirstAsync(ct);
        var officerPark = await db.Users.AsNoTracking()
            .Where(u => u.Id == input.OfficerId && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .Select(u => u.ParkId).FirstOrDefaultAsync(ct);
        if (officerPark is null || requests.Any(r => r.ParkId != officerPark))
            return Problems.Validation(new Errors().Add("officerId", "sd.batch_officer_park"));

        var officer = input.OfficerId!.Value;
        var rows = new List<BatchRow>();
        foreach (var r in requests.OrderBy(r => r.Number, StringComparer.Ordinal))
        {
            if (r.Status == RequestStatus.Closed) rows.Add(new BatchRow(r.Id, r.Number, BatchOutcome.Closed));
            else if (r.OfficerId == officer) rows.Add(new BatchRow(r.Id, r.Number, BatchOutcome.Unchanged));
            else
            {
                r.OfficerId = officer;
                db.Notify([officer], Text.Get("sd.notify.reassigned", r.Number, r.Title), r.Description, RequestEndpoints.Link(r));
                rows.Add(new BatchRow(r.Id, r.Number, BatchOutcome.Changed));
            }
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(BatchResult.Of(rows));
    }
}

public sealed record BatchOfficerInput(List<Guid>? Ids, Guid? OfficerId);

public enum BatchOutcome { Changed, Unchanged, Closed }

public sealed record BatchRow(Guid Id, string Number, BatchOutcome Outcome);

/// <summary>What a batch did: how many rows changed, were already so, or were left as they are (closed), and each row.</summary>
public sealed record BatchResult(int Changed, int Unchanged, int Skipped, List<BatchRow> Rows)
{
    public static BatchResult Of(List<BatchRow> rows) => new(
        rows.Count(r => r.Outcome == BatchOutcome.Changed), rows.Count(r => r.Outcome == BatchOutcome.Unchanged),
        rows.Count(r => r.Outcome == BatchOutcome.Closed), rows);
}
