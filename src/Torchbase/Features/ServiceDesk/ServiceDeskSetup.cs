using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Torchbase.Domain.ServiceDesk;

namespace Torchbase.Features.ServiceDesk;

/// <summary>Torchbase:ServiceDesk settings: the default time limits of a new zone (working days), extra local holidays, where attachments are kept.</summary>
public sealed class ServiceDeskOptions
{
    public int AcknowledgeDays { get; set; } = DeadlinePolicy.Default.AcknowledgeDays;
    public int OfficerDays { get; set; } = DeadlinePolicy.Default.OfficerDays;
    public int DepartmentDays { get; set; } = DeadlinePolicy.Default.DepartmentDays;
    public int JointMeetingDays { get; set; } = DeadlinePolicy.Default.JointMeetingDays;
    public int LeaderDays { get; set; } = DeadlinePolicy.Default.LeaderDays;
    public int ReminderDays { get; set; } = DeadlinePolicy.Default.ReminderDays;
    /// <summary>Days off beyond the official calendar (a local holiday), as yyyy-MM-dd.</summary>
    public List<DateOnly> ExtraHolidays { get; set; } = [];
    /// <summary>
    /// A folder for attached files (shared by every host, when there are several); unset, they are kept in the database,
    /// which any host reads. Files kept in the folder before stay readable from <see cref="FilesFolderOrDefault"/>.
    /// </summary>
    public string? FilesFolder { get; set; }

    public string FilesFolderOrDefault => FilesFolder is { Length: > 0 } folder ? folder : "data/files";
    /// <summary>How often the deadline job looks for reminders and overdue steps, in minutes (0.5 is half a minute); 0 turns the job off.</summary>
    public double JobIntervalMinutes { get; set; } = 15;

    public DeadlinePolicy Policy => new()
    {
        AcknowledgeDays = AcknowledgeDays, OfficerDays = OfficerDays, DepartmentDays = DepartmentDays,
        JointMeetingDays = JointMeetingDays, LeaderDays = LeaderDays, ReminderDays = ReminderDays,
    };
}

public static class ServiceDeskSetup
{
    public static IServiceCollection AddServiceDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ServiceDeskOptions>(configuration.GetSection("Torchbase:ServiceDesk"));
        // The zone's calendar and limits are set-up data (Features/Organisation): read per request, for the caller's zone.
        services.AddScoped<Organisation.ZoneDeadlines>();
        services.AddScoped(sp => sp.GetRequiredService<Organisation.ZoneDeadlines>().ForCaller());
        services.AddScoped<Jobs.ServiceDeskDeadlineJob>();
        services.AddHostedService<Jobs.ServiceDeskDeadlineService>();
        services.AddSingleton<IAuthorizationHandler, ServiceDeskActorHandler>();
        services.AddSingleton<IAuthorizationHandler, OwnDepartmentTaskHandler>();
        ServiceDeskPolicies.Add(services.AddAuthorizationBuilder());
        return services;
    }
}
