using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Tests.Cultivation;

public class RenewalsTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void Every_title_has_one_renewal_rule_with_reminders_largest_first_and_a_source()
    {
        foreach (var type in Enum.GetValues<QualificationType>())
        {
            var rule = Assert.Single(Renewals.Rules, r => r.Type == type);
            Assert.NotEmpty(rule.ReminderDays);
            Assert.Equal(rule.ReminderDays.OrderDescending(), rule.ReminderDays);
            Assert.False(string.IsNullOrWhiteSpace(rule.Source));
        }
    }

    [Fact]
    public void Only_the_title_of_each_kind_that_ends_last_is_about_renewal()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        QualificationHeld Title(Guid who, QualificationType type, string issued, string? end) => new()
        {
            EnterpriseId = who, Type = type, IssuedOn = DateOnly.Parse(issued), ExpiresOn = end is null ? null : DateOnly.Parse(end),
        };
        var replaced = Title(a, QualificationType.HighTech, "2020-12-01", null);
        var renewed = Title(a, QualificationType.HighTech, "2023-12-01", null);
        var other = Title(a, QualificationType.TechSme, "2026-05-01", null);
        var olderRecordedEnd = Title(b, QualificationType.Gazelle, "2025-01-01", "2026-06-30");
        var openEnded = Title(b, QualificationType.Gazelle, "2024-01-01", null);

        var kept = Renewals.LatestOfEachKind([replaced, renewed, other, olderRecordedEnd, openEnded], t => t).ToList();

        Assert.Equal(3, kept.Count);
        Assert.Contains(renewed, kept);
        Assert.Contains(other, kept);
        Assert.Contains(openEnded, kept); // no known end: it counts as ending last
        Assert.DoesNotContain(replaced, kept);
    }

    [Theory]
    // type, issued, recorded end (null = default validity), horizon, expected state (null = not listed), days left
    [InlineData(QualificationType.HighTech, "2024-07-01", null, 365, RenewalState.Upcoming, 211)]
    [InlineData(QualificationType.HighTech, "2024-01-10", null, 365, RenewalState.DueSoon, 39)]
    [InlineData(QualificationType.HighTech, "2023-11-01", null, 365, RenewalState.Expired, -31)]
    [InlineData(QualificationType.HighTech, "2021-01-01", null, 365, null, 0)]
    [InlineData(QualificationType.TechSme, "2026-05-01", null, 365, RenewalState.DueSoon, 30)]
    [InlineData(QualificationType.Specialized, "2024-06-01", "2027-05-31", 365, RenewalState.Upcoming, 181)]
    [InlineData(QualificationType.Specialized, "2024-06-01", "2027-05-31", 90, null, 0)]
    [InlineData(QualificationType.Gazelle, "2025-01-01", null, 365, null, 0)]
    [InlineData(QualificationType.Gazelle, "2025-01-01", "2027-01-15", 365, RenewalState.DueSoon, 45)]
    public void A_title_is_listed_by_its_end(QualificationType type, string issued, string? end, int horizon, RenewalState? state, int daysLeft)
    {
        var due = Renewals.Due(type, DateOnly.Parse(issued), end is null ? null : DateOnly.Parse(end), Today, horizon);
        Assert.Equal(state, due?.State);
        if (due is not null) Assert.Equal(daysLeft, due.DaysLeft);
    }

    [Theory]
    // days until the end, last reminder sent (null = none), reminder due today (null = none)
    [InlineData(200, null, null)]
    [InlineData(180, null, 180)]
    [InlineData(150, 180, null)]
    [InlineData(90, 180, 90)]
    [InlineData(40, null, 90)] // the job was off for months: only the nearest reminder, once
    [InlineData(40, 90, null)]
    [InlineData(30, 90, 30)]
    [InlineData(0, 30, 0)]
    [InlineData(-5, 30, 0)]
    [InlineData(-5, 0, null)]
    [InlineData(-31, null, null)]
    public void A_reminder_goes_out_once_per_step(int left, int? lastSent, int? expected) =>
        Assert.Equal(expected, Renewals.ReminderToSend(QualificationType.HighTech, Today.AddDays(left), Today, lastSent));
}
