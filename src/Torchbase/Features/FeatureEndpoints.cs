using Torchbase.Features.Audit;
using Torchbase.Features.Carriers;
using Torchbase.Features.Competitions;
using Torchbase.Features.Cultivation;
using Torchbase.Features.Contest;
using Torchbase.Features.Dashboard;
using Torchbase.Features.Economy;
using Torchbase.Features.Energy;
using Torchbase.Features.Energy.Mqtt;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Features.Notifications;
using Torchbase.Features.Organisation;
using Torchbase.Features.Policies;
using Torchbase.Features.Reports;
using Torchbase.Features.Runs;
using Torchbase.Features.Space;
using Torchbase.Features.Projects;
using Torchbase.Features.Talent;
using Torchbase.Features.ServiceDesk;
using Torchbase.Features.Points;
using Torchbase.Features.Finance;
using Torchbase.Features.Todo;

namespace Torchbase.Features;

public static class FeatureEndpoints
{
    /// <summary>Every feature's endpoints under /api: one line a feature.</summary>
    public static void MapFeatureEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapOrganisationEndpoints();
        api.MapEnterpriseEndpoints();
        api.MapEnterpriseBatchEndpoints();
        api.MapAnnualReportEndpoints();
        api.MapMissingReportExport();
        api.MapAnnualReportImport();
        api.MapQualificationImport();
        api.MapPlatformEndpoints();
        api.MapIncubatorEndpoints();
        api.MapPlatformImport();
        api.MapIncubatorImport();
        api.MapDashboardEndpoints();
        api.MapAuditEndpoints();
        api.MapEconomyEndpoints();
        api.MapReportEndpoints();
        api.MapProjectEndpoints();
        api.MapProjectImport();
        api.MapTalentEndpoints();
        api.MapContractImport();
        api.MapCultivationEndpoints();
        api.MapServiceDeskEndpoints();
        api.MapNotificationEndpoints();
        api.MapTodoEndpoints();
        api.MapContestEndpoints();
        ImportReports.Map(api);
        api.MapPointsEndpoints();
        api.MapFinanceEndpoints();
        api.MapPolicyEndpoints();
        api.MapRunEndpoints();
        api.MapSpaceEndpoints();
        api.MapEnergyEndpoints();
        api.MapMeterFeedEndpoints();
        api.MapCompetitionEndpoints();
        api.MapEventEndpoints();
    }
}
