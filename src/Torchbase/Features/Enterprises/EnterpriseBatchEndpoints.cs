using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Cultivation;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Enterprises;

/// <summary>
/// Batch actions on the enterprise list: the selected enterprises into the 梯次培育库, or into another park, all or nothing, one audited
/// change per enterprise.
/// </summary>
public static class EnterpriseBatchEndpoints
{
    /// <summary>How many enterprises one batch takes (a list page's largest page).</summary>
    public const int MaxBatch = 200;

    public static void MapEnterpriseBatchEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/enterprises/batch").WithTags("Enterprises").RequireAuthorization(Permissions.EnterprisesRead);

        group.MapPost("/library", AddEnterprisesToCultivation)
            .WithName(nameof(AddEnterprisesToCultivation))
            .WithSummary("Add the selected enterprises to the 培育库 for a target tier and year; refused as a whole if one is not the caller's")
            .RequireAuthorization(Permissions.CultivationWrite);
        group.MapPost("/park", MoveEnterprisesToPark)
            .WithName(nameof(MoveEnterprisesToPark))
            .WithSummary("Put the selected enterprises in another park of their zone; refused as a whole if one is not the caller's")
            .RequireAuthorization(Permissions.EnterprisesWrite);
    }

    public static async Task<Results<Ok<EnterpriseBatchResult>, ValidationProblem>> AddEnterprisesToCultivation(
        BatchLibraryInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var today = api.Clock.Today();
        var errors = CheckIds(input.Ids);
        if (input.TargetTier is null) errors.Add("targetTier", "required");
        else if (!Enum.IsDefined(input.TargetTier.Value)) errors.Add("targetTier", "invalid_value");
        if (input.TargetYear is null) errors.Add("targetYear", "required");
        else if (input.TargetYear < today.Year - 1 || input.TargetYear > today.Year + 5) errors.Add("targetYear", "between", today.Year - 1, today.Year + 5);
        if (errors.Any) return Problems.Validation(errors);

        var ids = input.Ids!.Distinct().ToList();
        if (await InScopeAsync(db, ids, ct) is not { } enterprises) return OutOfScope(ids.Count, await db.Enterprises.CountAsync(e => ids.Contains(e.Id), ct));
        var (tier, year) = (input.TargetTier!.Value, input.TargetYear!.Value);
        var already = await db.CultivationEntries.Where(x => ids.Contains(x.EnterpriseId) && x.TargetTier == tier && x.TargetYear == year)
            .Select(x => x.EnterpriseId).ToListAsync(ct);
        var rows = new List<EnterpriseBatchRow>();
        foreach (var e in enterprises)
        {
            if (already.Contains(e.Id)) { rows.Add(new EnterpriseBatchRow(e.Id, e.Name, false)); continue; }
            db.CultivationEntries.Add(new CultivationEntry
            {
                ZoneId = e.ZoneId, ParkId = e.ParkId, EnterpriseId = e.Id, TargetTier = tier, TargetYear = year,
                Status = CultivationStatus.Cultivating, AddedOn = today,
            });
            rows.Add(new EnterpriseBatchRow(e.Id, e.Name, true));
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(EnterpriseBatchResult.Of(rows));
    }

    public static async Task<Results<Ok<EnterpriseBatchResult>, ValidationProblem>> MoveEnterprisesToPark(
        BatchParkInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var errors = CheckIds(input.Ids);
        if (input.ParkId is null || input.ParkId == Guid.Empty) errors.Add("parkId", "required");
        if (errors.Any) return Problems.Validation(errors);

        var ids = input.Ids!.Distinct().ToList();
        if (await InScopeAsync(db, ids, ct) is not { } enterprises) return OutOfScope(ids.Count, await db.Enterprises.CountAsync(e => ids.Contains(e.Id), ct));
        // The park must be one the caller sees, in the zone of every enterprise moved (an enterprise never changes zone).
        var park = await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ParkId, ct);
        if (park is null) return Problems.Validation(new Errors().Add("parkId", "unknown_park"));
        if (enterprises.Any(e => e.ZoneId != park.ZoneId)) return Problems.Validation(new Errors().Add("parkId", "batch.park_other_zone"));
        var rows = new List<EnterpriseBatchRow>();
        foreach (var e in enterprises)
        {
            var changed = e.ParkId != park.Id;
            e.ParkId = park.Id;
            rows.Add(new EnterpriseBatchRow(e.Id, e.Name, changed));
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(EnterpriseBatchResult.Of(rows));
    }

    private static Errors CheckIds(List<Guid>? ids)
    {
        var errors = new Errors();
        if (ids is null || ids.Count == 0) errors.Add("ids", "required");
        else if (ids.Count > MaxBatch) errors.Add("ids", "batch.too_many", MaxBatch);
        else if (ids.Contains(Guid.Empty)) errors.Add("ids", "invalid_value");
        return errors;
    }

    /// <summary>The enterprises, by name; null when the query filters hide one of them (the whole batch is refused).</summary>
    private static async Task<List<Enterprise>?> InScopeAsync(AppDbContext db, List<Guid> ids, CancellationToken ct)
    {
        var found = await db.Enterprises.Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        return found.Count == ids.Count ? found.OrderBy(e => e.Name, StringComparer.Ordinal).ToList() : null;
    }

    private static ValidationProblem OutOfScope(int asked, int seen) =>
        Problems.Validation(new Errors().Add("ids", "batch.out_of_scope", asked - seen));
}

public sealed record BatchLibraryInput(List<Guid>? Ids, QualificationType? TargetTier, int? TargetYear);

public sealed record BatchParkInput(List<Guid>? Ids, Guid? ParkId);

public sealed record EnterpriseBatchRow(Guid Id, string Name, bool Changed);

/// <summary>What a batch did: how many enterprises changed, how many were already so, and each enterprise.</summary>
public sealed record EnterpriseBatchResult(int Changed, int Unchanged, List<EnterpriseBatchRow> Rows)
{
    public static EnterpriseBatchResult Of(List<EnterpriseBatchRow> rows) => new(rows.Count(r => r.Changed), rows.Count(r => !r.Changed), rows);
}
