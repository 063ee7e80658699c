using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Identity;

namespace Torchbase.Features.ServiceDesk;

/// <summary>Which side of the request workflow a caller acts on, read from their roles.</summary>
public static class ServiceDeskActors
{
    /// <summary>
    /// Each role that acts on the service desk and its side, first match wins for a user with several roles.
    /// A role that is not listed has no side: it is refused, never given a default.
    /// </summary>
    public static readonly IReadOnlyList<(Role Role, ActorKind Actor)> ByRole =
    [
        (Role.EnterpriseUser, ActorKind.Enterprise),
        (Role.DepartmentStaff, ActorKind.Department),
        (Role.ServiceOfficer, ActorKind.Officer),
        (Role.ParkOfficer, ActorKind.Officer),
        (Role.SystemAdmin, ActorKind.Leader),
        (Role.ZoneLeader, ActorKind.Leader),
        (Role.InnovationBureau, ActorKind.Leader),
    ];

    /// <summary>The caller's side, or null when none of their roles acts on the service desk.</summary>
    public static ActorKind? Of(ClaimsPrincipal user) =>
        ByRole.Where(r => user.IsInRole(r.Role.ToString())).Select(r => (ActorKind?)r.Actor).FirstOrDefault();

    /// <summary>The side of a caller admitted by <see cref="ServiceDeskPolicies.Act"/> or <see cref="ServiceDeskPolicies.Submit"/>.</summary>
    public static ActorKind Admitted(ClaimsPrincipal user) =>
        Of(user) ?? throw new InvalidOperationException("The endpoint's policy admits only callers with a side in the workflow.");
}

/// <summary>The service desk's named policies; their requirements are registered once in <see cref="ServiceDeskSetup"/>.</summary>
public static class ServiceDeskPolicies
{
    /// <summary>The caller acts on some side of the workflow (the workflow then decides which steps that side may take).</summary>
    public const string Act = "service.act";
    /// <summary>The caller may put a request on the desk: an enterprise, an officer or a leader, not a department.</summary>
    public const string Submit = "service.submit-request";
    /// <summary>The caller may say who handles a request: an officer or a leader, not a department nor an enterprise.</summary>
    public const string Assign = "service.assign";
    /// <summary>Resource policy over a <see cref="DepartmentTask"/>: the task was given to the caller's own department.</summary>
    public const string ReplyToTask = "service.reply-to-task";

    public static void Add(AuthorizationBuilder authorization) => authorization
        .AddPolicy(Act, p => p.RequireAuthenticatedUser()
            .AddRequirements(new ServiceDeskActorRequirement(ActorKind.Enterprise, ActorKind.Officer, ActorKind.Department, ActorKind.Leader)))
        .AddPolicy(Submit, p => p.RequireAuthenticatedUser()
            .AddRequirements(new ServiceDeskActorRequirement(ActorKind.Enterprise, ActorKind.Officer, ActorKind.Leader)))
        .AddPolicy(Assign, p => p.RequireAuthenticatedUser().AddRequirements(new ServiceDeskActorRequirement(ActorKind.Officer, ActorKind.Leader)))
        .AddPolicy(ReplyToTask, p => p.RequireAuthenticatedUser().AddRequirements(new OwnDepartmentTaskRequirement()));
}

/// <summary>The caller acts on one of these sides of the workflow.</summary>
public sealed class ServiceDeskActorRequirement(params ActorKind[] sides) : IAuthorizationRequirement
{
    public IReadOnlyList<ActorKind> Sides { get; } = sides;
}

public sealed class ServiceDeskActorHandler : AuthorizationHandler<ServiceDeskActorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ServiceDeskActorRequirement requirement)
    {
        if (ServiceDeskActors.Of(context.User) is { } actor && requirement.Sides.Contains(actor)) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, "sd.actor"));
        return Task.CompletedTask;
    }
}

/// <summary>A department task is answered by the department it was given to, and by no one else.</summary>
public sealed class OwnDepartmentTaskRequirement : IAuthorizationRequirement;

public sealed class OwnDepartmentTaskHandler : AuthorizationHandler<OwnDepartmentTaskRequirement, DepartmentTask>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnDepartmentTaskRequirement requirement, DepartmentTask task)
    {
        if (Guid.TryParse(context.User.FindFirstValue(ScopeClaims.Department), out var department) && department == task.DepartmentId)
            context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, "sd.actor"));
        return Task.CompletedTask;
    }
}
