using System.Globalization;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Tests.Enterprises;

public class LifecycleRulesTests
{
    [Theory]
    [InlineData(LifecycleKind.MovedOut, EnterpriseStatus.Active, EnterpriseStatus.MovedOut)]
    [InlineData(LifecycleKind.Deregistered, EnterpriseStatus.Active, EnterpriseStatus.Deregistered)]
    [InlineData(LifecycleKind.Deregistered, EnterpriseStatus.MovedOut, EnterpriseStatus.Deregistered)]
    [InlineData(LifecycleKind.SettledIn, EnterpriseStatus.MovedOut, EnterpriseStatus.Active)]
    [InlineData(LifecycleKind.Retained, EnterpriseStatus.Active, EnterpriseStatus.Active)]
    [InlineData(LifecycleKind.Transformed, EnterpriseStatus.Active, EnterpriseStatus.Active)]
    public void Status_follows_the_event(LifecycleKind kind, EnterpriseStatus before, EnterpriseStatus after) =>
        Assert.Equal(after, LifecycleRules.StatusAfter(kind, before));

    [Fact]
    public void Nothing_is_recorded_after_deregistration()
    {
        Assert.False(LifecycleRules.CanRecord(LifecycleKind.SettledIn, EnterpriseStatus.Deregistered));
        Assert.True(LifecycleRules.CanRecord(LifecycleKind.SettledIn, EnterpriseStatus.MovedOut));
    }
}

public class QualificationsTests
{
    [Theory]
    [InlineData("2024-03-01", "2027-02-28", "2024-03-01", true)]
    [InlineData("2024-03-01", "2027-02-28", "2027-02-28", true)]
    [InlineData("2024-03-01", "2027-02-28", "2027-03-01", false)]
    [InlineData("2024-03-01", "2027-02-28", "2024-02-29", false)]
    [InlineData("2024-03-01", null, "2030-01-01", true)]
    public void In_force_between_issue_and_expiry_inclusive(string issued, string? expires, string on, bool expected)
    {
        var inv = CultureInfo.InvariantCulture;
        DateOnly? expiry = expires is null ? null : DateOnly.Parse(expires, inv);
        Assert.Equal(expected, Qualifications.IsInForce(DateOnly.Parse(issued, inv), expiry, DateOnly.Parse(on, inv)));
    }

    [Fact]
    public void High_tech_certificates_last_three_years() =>
        Assert.Equal(new DateOnly(2027, 11, 9), Qualifications.DefaultExpiry(QualificationType.HighTech, new DateOnly(2024, 11, 10)));

    [Fact]
    public void Tech_sme_registration_lasts_the_calendar_year() =>
        Assert.Equal(new DateOnly(2026, 12, 31), Qualifications.DefaultExpiry(QualificationType.TechSme, new DateOnly(2026, 4, 2)));
}
