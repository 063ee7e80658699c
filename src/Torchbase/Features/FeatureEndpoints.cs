using Torchbase.Features.Audit;
using Torchbase.Features.Carriers;
using Torchbase.Features.Contest;
using Torchbase.Features.Dashboard;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Features.Organisation;

namespace Torchbase.Features;

public static class FeatureEndpoints
{
    /// <summary>Every feature's endpoints under /api: one line a feature.</summary>
    public static void MapFeatureEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapOrganisationEndpoints();
        api.MapEnterpriseEndpoints();
        api.MapPlatformEndpoints();
        api.MapIncubatorEndpoints();
        api.MapDashboardEndpoints();
        api.MapAuditEndpoints();
        api.MapContestEndpoints();
        ImportReports.Map(api);
    }
}
