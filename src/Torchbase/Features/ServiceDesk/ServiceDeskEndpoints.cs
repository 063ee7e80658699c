using Torchbase.Identity;

namespace Torchbase.Features.ServiceDesk;

/// <summary>The service desk under /api/service: requests, attachments, officers, visits, agency services, statistics.</summary>
public static class ServiceDeskEndpoints
{
    public static void MapServiceDeskEndpoints(this IEndpointRouteBuilder api)
    {
        var service = api.MapGroup("/service").WithTags("ServiceDesk").RequireAuthorization(Permissions.ServiceRead);
        service.MapRequestEndpoints();
        service.MapAttachmentEndpoints();
        service.MapOfficerEndpoints();
        service.MapVisitEndpoints();
        service.MapAgencyEndpoints();
        service.MapStatisticsEndpoints();
    }
}
