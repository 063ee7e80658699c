using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Talent;

/// <summary>Talent and technology (百名博士进高新, 火炬科技成果直通车, 技术合同登记) under /api/talent.</summary>
public static class TalentEndpoints
{
    public static void MapTalentEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/talent").WithTags("Talent").RequireAuthorization(Permissions.TalentRead);
        group.MapExpertEndpoints();
        group.MapDemandEndpoints();
        group.MapMatchEndpoints();
        group.MapContractEndpoints();
        group.MapAchievementEndpoints();
        group.MapRegistryEndpoints();
        group.MapGlossaryEndpoints();
        group.MapFeedbackEndpoints();
        group.MapExpertImport();
        group.MapDemandImport();
    }
}

internal static class TalentSupport
{
    /// <summary>Curators (talent.write) act on any row in scope; contributors (talent.submit) only on their own.</summary>
    public static bool IsCurator(this ClaimsPrincipal user) => user.Can(Permissions.TalentWrite);

    public static bool IsContributor(this ClaimsPrincipal user) => user.Can(Permissions.TalentSubmit);

    public static ProblemHttpResult Forbidden() => Problems.Of(StatusCodes.Status403Forbidden, "talent_forbidden");

    /// <summary>The zone a new row goes to: the caller's own zone, or the one the administrator names.</summary>
    public static Guid? ZoneFor(AppDbContext db, Guid? requested) => db.Scope.HomeZoneId ?? requested;

    public static Errors FromRules(this Errors errors, IEnumerable<(string Field, string Code)> problems)
    {
        foreach (var (field, code) in problems) errors.Add(field, code);
        return errors;
    }

    public static void Expect<T>(this AppDbContext db, T row, int? version, Errors errors) where T : class, IVersioned
    {
        if (version is null) errors.Add("version", "required");
        else db.ExpectVersion(row, version.Value);
    }
}
