using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Cultivation;

/// <summary>What keeping a title takes when it runs out.</summary>
public enum RenewalKind
{
    /// <summary>Apply again (高企 重新认定): the old certificate simply ends.</summary>
    Reapply,
    /// <summary>File again in the yearly window (科技型中小企业 评价入库).</summary>
    YearlyFiling,
    /// <summary>The holder is reviewed against the review (复核) standard.</summary>
    Review,
    /// <summary>The zone's or province's own list: no national renewal rule.</summary>
    LocalRule,
}

/// <summary>
/// The renewal rule of one title: how it is kept, how many days ahead of the end the enterprise and its officer are reminded
/// (largest first), the source, and whether the renewal terms are confirmed from the official text.
/// </summary>
public sealed record RenewalRule(QualificationType Type, RenewalKind Kind, IReadOnlyList<int> ReminderDays, string Source, bool Confirmed);

public enum RenewalState { Expired, DueSoon, Upcoming }

/// <summary>A title that ends within the horizon (or has ended), with what its holder must do and the reminder now due.</summary>
public sealed record RenewalDue(QualificationType Type, RenewalKind Kind, DateOnly ExpiresOn, int DaysLeft, RenewalState State, bool Confirmed);

public static class Renewals
{
    /// <summary>
    /// The rules. The validity of each title (three years; 科技型中小企业 the registration year) is in
    /// <see cref="Qualifications.DefaultExpiry"/>; a title whose end date is recorded uses that date.
    /// </summary>
    public static readonly IReadOnlyList<RenewalRule> Rules =
    [
        new(QualificationType.HighTech, RenewalKind.Reapply, [180, 90, 30],
            "《高新技术企业认定管理办法》（国科发火〔2016〕32号）第十一条：资格自颁发证书之日起有效期为三年，期满前重新认定", true),
        new(QualificationType.TechSme, RenewalKind.YearlyFiling, [120, 60, 30],
            "《科技型中小企业评价办法》（国科发政〔2017〕115号）：每年评价入库；当年的填报时间以主管部门年度通知为准", false),
        new(QualificationType.InnovativeSme, RenewalKind.Review, [180, 90, 30],
            "《优质中小企业梯度培育管理办法》（工信部企业〔2026〕2号）：有效期三年，期满复核", false),
        new(QualificationType.Specialized, RenewalKind.Review, [180, 90, 30],
            "《优质中小企业梯度培育管理办法》（工信部企业〔2026〕2号）：有效期三年，期满按复核标准复核", false),
        new(QualificationType.LittleGiant, RenewalKind.Review, [180, 90, 30],
            "《优质中小企业梯度培育管理办法》（工信部企业〔2026〕2号）：有效期三年，期满按复核标准复核", false),
        new(QualificationType.Gazelle, RenewalKind.LocalRule, [90, 30], "省、市认定名单：以发布名单所载有效期为准", false),
        new(QualificationType.InnovationLeader, RenewalKind.LocalRule, [90, 30], "省、市认定名单：以发布名单所载有效期为准", false),
    ];

    public static RenewalRule RuleOf(QualificationType type) => Rules.First(r => r.Type == type);

    /// <summary>The day a title ends: the recorded end, else the policy's default validity; null when neither says.</summary>
    public static DateOnly? EndOf(QualificationType type, DateOnly issuedOn, DateOnly? expiresOn) =>
        expiresOn ?? Qualifications.DefaultExpiry(type, issuedOn);

    /// <summary>
    /// Of the titles held, the one of each kind per enterprise that renewal is about: the one ending last (a title with no
    /// known end counts as ending last). An earlier certificate of the same kind has been replaced and is no one's concern.
    /// </summary>
    public static IEnumerable<T> LatestOfEachKind<T>(IEnumerable<T> rows, Func<T, QualificationHeld> title) =>
        rows.GroupBy(r => (title(r).EnterpriseId, title(r).Type))
            .Select(g => g.MaxBy(r => EndOf(title(r).Type, title(r).IssuedOn, title(r).ExpiresOn) ?? DateOnly.MaxValue)!);

    /// <summary>
    /// The renewal due for a title on <paramref name="today"/>: due soon within the rule's first reminder, upcoming within
    /// <paramref name="horizonDays"/>, expired for up to <paramref name="expiredDays"/> after its end; null otherwise.
    /// </summary>
    public static RenewalDue? Due(QualificationType type, DateOnly issuedOn, DateOnly? expiresOn, DateOnly today, int horizonDays, int expiredDays = 365)
    {
        if (EndOf(type, issuedOn, expiresOn) is not { } end) return null;
        var rule = RuleOf(type);
        var left = end.DayNumber - today.DayNumber;
        if (left < -expiredDays || left > horizonDays) return null;
        var state = left < 0 ? RenewalState.Expired : left <= rule.ReminderDays[0] ? RenewalState.DueSoon : RenewalState.Upcoming;
        return new RenewalDue(type, rule.Kind, end, left, state, rule.Confirmed);
    }

    /// <summary>
    /// The reminder to send today, as the number of days ahead it stands for (0: the title has ended), or null when none is
    /// due: the nearest reminder reached that is nearer than the last one sent for this end date. A job that missed days
    /// sends only the nearest, once.
    /// </summary>
    public static int? ReminderToSend(QualificationType type, DateOnly end, DateOnly today, int? lastSent)
    {
        var left = end.DayNumber - today.DayNumber;
        if (left < -30) return null; // a title long ended is the list's business, not a fresh notice
        int? reached = left <= 0 ? 0 : RuleOf(type).ReminderDays.Where(d => left <= d).DefaultIfEmpty(-1).Min() is var d && d >= 0 ? d : null;
        return reached is { } stage && (lastSent is null || stage < lastSent) ? stage : null;
    }
}
