using Torchbase.Domain.Common;

namespace Torchbase.Domain.Policies;

/// <summary>
/// 兑现: Submitted → ParkApproved → InNotice (the bureau approved, 公示 running) → Paid; Rejected by a review or an upheld objection.
/// A 免申即享 payment is created Paid, without an application.
/// </summary>
public enum ApplicationStatus { Submitted, ParkApproved, InNotice, Paid, Rejected }

public enum ObjectionDecision { Pending, Upheld, Dismissed }

/// <summary>An enterprise's claim to one benefit item, through reviews, public notice and payout. Money in 万元.</summary>
public sealed class BenefitApplication : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid PolicyId { get; set; }
    public Guid ItemId { get; set; }
    public ApplicationStatus Status { get; set; }
    /// <summary>True for a 免申即享 payment: nobody applied.</summary>
    public bool NoApplication { get; set; }
    /// <summary>The indices of the item's declaration conditions the enterprise declared (the reviewers confirm them).</summary>
    public List<int> Declared { get; set; } = [];
    /// <summary>The amount computed when it applied, and as the bureau approved it.</summary>
    public decimal Amount { get; set; }
    public DateOnly AppliedOn { get; set; }
    public string? ParkReviewer { get; set; }
    public DateOnly? ParkReviewedOn { get; set; }
    public string? BureauReviewer { get; set; }
    public DateOnly? BureauReviewedOn { get; set; }
    public string? ReviewNote { get; set; }
    public DateOnly? NoticeFrom { get; set; }
    public int? NoticeDays { get; set; }
    /// <summary>The last working day of the notice: payout is possible from the day after.</summary>
    public DateOnly? NoticeUntil { get; set; }
    public decimal? PaidAmount { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string? PaidBy { get; set; }
    public int Version { get; set; }
    public List<BenefitObjection> Objections { get; set; } = [];
    public List<BenefitAttachment> Attachments { get; set; } = [];
}

/// <summary>A file the enterprise attached to its application (its bytes are kept apart, like a service request's files).</summary>
public sealed class BenefitAttachment
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    /// <summary>Relative to the configured files folder; never derived from the client's file name.</summary>
    public required string StoredAs { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}

/// <summary>An objection raised during the 公示, recorded by the bureau and decided: upheld rejects the application.</summary>
public sealed class BenefitObjection
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public DateOnly RecordedOn { get; set; }
    public required string Text { get; set; }
    public ObjectionDecision Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionNote { get; set; }
}

/// <summary>The rules of the redemption steps, apart from storage.</summary>
public static class Redemption
{
    /// <summary>The notice may pass: it has ended (today is after its last day) and no objection is pending.</summary>
    public static bool NoticePassed(BenefitApplication a, DateOnly today) =>
        a.Status == ApplicationStatus.InNotice && a.NoticeUntil is { } until && today > until
        && a.Objections.All(o => o.Decision != ObjectionDecision.Pending);

    /// <summary>Payable: the notice has passed and the amount is within what was approved.</summary>
    public static bool CanPayout(BenefitApplication a, decimal amount, DateOnly today) =>
        NoticePassed(a, today) && amount > 0 && amount <= a.Amount;

    /// <summary>Files may be attached while the application is under review or in its notice: not once paid or rejected.</summary>
    public static bool AcceptsAttachments(ApplicationStatus status) =>
        status is ApplicationStatus.Submitted or ApplicationStatus.ParkApproved or ApplicationStatus.InNotice;
}
