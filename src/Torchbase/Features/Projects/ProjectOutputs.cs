using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Projects;

/// <summary>Output figures summed over a group of producing projects for a year (万元), with how many reached their targets.</summary>
public sealed record OutputSum(int Projects, decimal Target, decimal Actual, int Achieved, int Missed, decimal? Rate);

/// <summary>A park's or an industry chain's sums (an unset chain has a null key).</summary>
public sealed record OutputGroup(string? Key, string Name, OutputSum Figures);

public sealed record OutputStats(int Year, OutputSum Total, IReadOnlyList<OutputGroup> ByPark, IReadOnlyList<OutputGroup> ByChain);

/// <summary>
/// 投产达效: a producing project's output target and actual output value (产值) for a year, and their sums by park and by industry chain.
/// </summary>
public static class ProjectOutputs
{
    public static void MapProjectOutputEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/outputs/statistics", GetProjectOutputStatistics)
            .WithName(nameof(GetProjectOutputStatistics))
            .WithSummary("Producing projects' output target and actual output for a year, summed by park and by industry chain");
        group.MapPut("/{id:guid}/outputs/{year:int}", SetProjectOutput)
            .WithName(nameof(SetProjectOutput))
            .WithSummary("Set a producing project's output target and actual output value for a year (万元)")
            .RequireAuthorization(Permissions.ProjectsWrite);
    }

    internal static AnnualOutputDto ToDto(ProjectAnnualOutput o) =>
        new(o.Year, o.Target, o.Actual, OutputRules.Judge(o.Target, o.Actual), OutputRules.Rate(o.Target, o.Actual), o.Note, o.Version);

    /// <summary>
    /// Only a project that has gone into production (投产) has output to report; an actual figure is for this year or an earlier one. A row
    /// that exists is edited with the version it was read at, so a concurrent edit is a conflict, never overwritten.
    /// </summary>
    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> SetProjectOutput(
        Guid id, int year, AnnualOutputInput input, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (project is null) return Problems.NotFound();
        var today = api.Clock.Today();
        var errors = new Errors().Amount("target", input.Target).Amount("actual", input.Actual).MaxLength("note", input.Note, 500);
        if (input.Target is null && input.Actual is null) errors.Add("target", "required");
        if (year < today.Year - 5 || year > today.Year + 1) errors.Add("year", "year_range", today.Year - 5, today.Year + 1);
        else if (input.Actual is not null && year > today.Year) errors.Add("actual", "project_output_future_year");
        if (project.ProducingOn is null) errors.Add("year", "project_output_not_producing");
        var output = await db.ProjectAnnualOutputs.FirstOrDefaultAsync(o => o.ProjectId == id && o.Year == year, api.Ct);
        if (output is not null && input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        if (output is null) db.ProjectAnnualOutputs.Add(output = new ProjectAnnualOutput { ProjectId = id, Year = year });
        else db.ExpectVersion(output, input.Version!.Value);
        output.Target = input.Target;
        output.Actual = input.Actual;
        output.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        return await ProjectEndpoints.SaveAsync(api, projects, id);
    }

    /// <summary>The year's figures of the projects the caller sees (of one zone when asked), whatever their category.</summary>
    public static async Task<Results<Ok<OutputStats>, ValidationProblem>> GetProjectOutputStatistics(Guid? zoneId, int? year, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        var y = year ?? today.Year;
        if (y < 2000 || y > today.Year + 1) return Problems.Validation(new Errors().Add("year", "year_range", 2000, today.Year + 1));
        var db = api.Db;
        var rows = await (
            from p in db.Projects.AsNoTracking().Where(p => zoneId == null || p.ZoneId == zoneId)
            from o in p.Outputs.Where(o => o.Year == y)
            select new
            {
                p.ParkId,
                ParkName = db.Parks.Where(x => x.Id == p.ParkId).Select(x => x.Name).First(),
                ParkOrder = db.Parks.Where(x => x.Id == p.ParkId).Select(x => x.SortOrder).First(),
                ChainCode = db.IndustryChains.Where(c => c.Id == p.IndustryChainId).Select(c => c.Code).FirstOrDefault(),
                ChainName = db.IndustryChains.Where(c => c.Id == p.IndustryChainId).Select(c => c.Name).FirstOrDefault(),
                Target = (double?)o.Target, Actual = (double?)o.Actual,
            }).ToListAsync(api.Ct);
        var figures = rows.Select(r => (r.ParkId, r.ParkName, r.ParkOrder, r.ChainCode, r.ChainName,
            Target: r.Target is { } t ? ProjectQueries.Money(t) : (decimal?)null,
            Actual: r.Actual is { } a ? ProjectQueries.Money(a) : (decimal?)null)).ToList();
        return TypedResults.Ok(new OutputStats(y, Sum(figures.Select(f => (f.Target, f.Actual))),
            figures.GroupBy(f => (f.ParkId, f.ParkName, f.ParkOrder)).OrderBy(g => g.Key.ParkOrder).ThenBy(g => g.Key.ParkName, StringComparer.Ordinal)
                .Select(g => new OutputGroup(g.Key.ParkId.ToString(), g.Key.ParkName, Sum(g.Select(f => (f.Target, f.Actual))))).ToList(),
            figures.GroupBy(f => (f.ChainCode, f.ChainName)).OrderBy(g => g.Key.ChainCode is null).ThenBy(g => g.Key.ChainCode, StringComparer.Ordinal)
                .Select(g => new OutputGroup(g.Key.ChainCode, g.Key.ChainName ?? "", Sum(g.Select(f => (f.Target, f.Actual))))).ToList()));
    }

    /// <summary>Sums of the figures given; a project counts as reached or missed as <see cref="OutputRules.Judge"/> says.</summary>
    internal static OutputSum Sum(IEnumerable<(decimal? Target, decimal? Actual)> figures)
    {
        var list = figures.ToList();
        var target = list.Sum(f => f.Target ?? 0);
        var actual = list.Sum(f => f.Actual ?? 0);
        var verdicts = list.Select(f => OutputRules.Judge(f.Target, f.Actual)).ToList();
        // The rate compares like with like: the actual output of the projects that have both figures against their targets.
        var both = list.Where(f => f.Target is not null && f.Actual is not null).ToList();
        return new OutputSum(list.Count, target, actual, verdicts.Count(v => v == OutputVerdict.Achieved), verdicts.Count(v => v == OutputVerdict.Missed),
            OutputRules.Rate(both.Count == 0 ? null : both.Sum(f => f.Target!.Value), both.Count == 0 ? null : both.Sum(f => f.Actual!.Value)));
    }
}
