using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Identity;

namespace Torchbase.Features.ServiceDesk;

/// <summary>
/// What the service desk's handlers share beyond <see cref="Http.ApiServices"/>: the working-day deadlines, the desk's settings
/// (where attachments are kept) and the authorization service for resource policies (<see cref="ServiceDeskPolicies.ReplyToTask"/>).
/// </summary>
public readonly record struct ServiceDeskServices(Deadlines Deadlines, IOptions<ServiceDeskOptions> Options, IAuthorizationService Authorization);

/// <summary>The service desk under /api/service: requests, attachments, officers, visits, agency services, statistics.</summary>
public static class ServiceDeskEndpoints
{
    public static void MapServiceDeskEndpoints(this IEndpointRouteBuilder api)
    {
        var service = api.MapGroup("/service").WithTags("ServiceDesk").RequireAuthorization(Permissions.ServiceRead);
        service.MapRequestEndpoints();
        service.MapAttachmentEndpoints();
        service.MapOfficerEndpoints();
        service.MapServiceBatchEndpoints();
        service.MapVisitEndpoints();
        service.MapAgencyEndpoints();
        service.MapStatisticsEndpoints();
    }
}
