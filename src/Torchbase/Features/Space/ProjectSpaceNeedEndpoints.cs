using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Space;

/// <summary>A project's space need as kept on the project (empty until recorded), with the project's version.</summary>
public sealed record ProjectSpaceNeed(Guid ProjectId, decimal? Area, decimal? FloorLoad, decimal? PowerKva, int Version);

/// <summary>The need to keep: area (m², required), floor load (kN/m²) and power (kVA) where they matter; the project's version read.</summary>
public sealed record ProjectSpaceNeedInput(decimal? Area, decimal? FloorLoad, decimal? PowerKva, int? Version);

/// <summary>
/// A project's space need (area, floor load, power), kept on the project so that the matching on its page starts from it. It is
/// part of the project: saving it is an edit of the project, checked against the version read like any other.
/// </summary>
public static class ProjectSpaceNeedEndpoints
{
    /// <summary>The largest floor load a need may ask for, kN/m² (as for a unit).</summary>
    public const int MaxFloorLoad = 1000;

    public static void MapProjectSpaceNeedEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/projects/{id:guid}/need", GetProjectSpaceNeed)
            .WithName(nameof(GetProjectSpaceNeed))
            .WithSummary("A project's space need (area, floor load, power) as kept on the project");
        group.MapPut("/projects/{id:guid}/need", SaveProjectSpaceNeed)
            .WithName(nameof(SaveProjectSpaceNeed))
            .WithSummary("Keep a project's space need on the project (a versioned edit of the project): positive numbers, area required")
            .RequireAuthorization(Permissions.SpaceWrite);
    }

    public static async Task<Results<Ok<ProjectSpaceNeed>, ProblemHttpResult>> GetProjectSpaceNeed(Guid id, [AsParameters] ApiServices api) =>
        await FindAsync(api, id) is { } need ? TypedResults.Ok(need) : Problems.NotFound();

    public static async Task<Results<Ok<ProjectSpaceNeed>, ValidationProblem, ProblemHttpResult>> SaveProjectSpaceNeed(
        Guid id, ProjectSpaceNeedInput input, [AsParameters] ApiServices api)
    {
        var project = await api.Db.Projects.FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (project is null) return Problems.NotFound();
        var errors = new Errors().PositiveAmount("area", input.Area);
        if (input.FloorLoad is not null) errors.PositiveAmount("floorLoad", input.FloorLoad);
        if (input.FloorLoad > MaxFloorLoad) errors.Add("floorLoad", "too_large", MaxFloorLoad);
        if (input.PowerKva is not null) errors.PositiveAmount("powerKva", input.PowerKva);
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        api.Db.ExpectVersion(project, input.Version!.Value);
        (project.SpaceArea, project.SpaceFloorLoad, project.SpacePowerKva) = (input.Area, input.FloorLoad, input.PowerKva);
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api, id), api.Ct);
    }

    private static Task<ProjectSpaceNeed?> FindAsync(ApiServices api, Guid id) =>
        api.Db.Projects.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ProjectSpaceNeed(p.Id, p.SpaceArea, p.SpaceFloorLoad, p.SpacePowerKva, p.Version)).FirstOrDefaultAsync(api.Ct);
}
