using Torchbase.Domain.Common;
using Torchbase.Domain.Organisation;

namespace Torchbase.Domain.ServiceDesk;

/// <summary>How a zone names a request category, and whether it is still offered.</summary>
public sealed class ServiceCategory : IZoneOwned, IVersioned, IDeactivatable
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public RequestCategory Code { get; set; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}

/// <summary>A zone's time limits in working days (acknowledge; levels 1–4; reminder), the source of truth for its deadlines.</summary>
public sealed class DeadlineSetting : IZoneOwned, IVersioned
{
    public Guid ZoneId { get; set; }
    public int AcknowledgeDays { get; set; }
    public int OfficerDays { get; set; }
    public int DepartmentDays { get; set; }
    public int JointMeetingDays { get; set; }
    public int LeaderDays { get; set; }
    public int ReminderDays { get; set; }
    public int Version { get; set; }

    public DeadlinePolicy Policy => new()
    {
        AcknowledgeDays = AcknowledgeDays, OfficerDays = OfficerDays, DepartmentDays = DepartmentDays,
        JointMeetingDays = JointMeetingDays, LeaderDays = LeaderDays, ReminderDays = ReminderDays,
    };
}

/// <summary>One year's official holiday arrangement, with the notice it comes from (国务院办公厅关于…部分节假日安排的通知).</summary>
public sealed class CalendarYear : IVersioned
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    /// <summary>The notice's number (文号), when known.</summary>
    public string? Number { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Url { get; set; }
    public int Version { get; set; }
}

/// <summary>What a calendar day is: an official holiday, a weekend worked in exchange (调休上班), or a zone's own day off.</summary>
public enum CalendarDayKind { Holiday, WorkingDay, LocalDayOff }

/// <summary>One day of the working calendar: official ones (no zone) for everyone, local days off for one zone.</summary>
public sealed class CalendarDay : IVersioned
{
    public Guid Id { get; set; }
    /// <summary>Null for the official calendar; a zone for its local days off.</summary>
    public Guid? ZoneId { get; set; }
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public required string Name { get; set; }
    public int Version { get; set; }
}
