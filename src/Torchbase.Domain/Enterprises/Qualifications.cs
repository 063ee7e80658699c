namespace Torchbase.Domain.Enterprises;

public static class Qualifications
{
    /// <summary>Whether a qualification held from <paramref name="issuedOn"/> to <paramref name="expiresOn"/> is in force on a day.</summary>
    public static bool IsInForce(DateOnly issuedOn, DateOnly? expiresOn, DateOnly on) =>
        issuedOn <= on && (expiresOn is null || on <= expiresOn);

    /// <summary>Default validity where the policy fixes one: 高企 three years; 科小 the registration year.</summary>
    public static DateOnly? DefaultExpiry(QualificationType type, DateOnly issuedOn) => type switch
    {
        QualificationType.HighTech => issuedOn.AddYears(3).AddDays(-1),
        QualificationType.TechSme => new DateOnly(issuedOn.Year, 12, 31),
        QualificationType.Specialized or QualificationType.LittleGiant or QualificationType.InnovativeSme => issuedOn.AddYears(3).AddDays(-1),
        _ => null,
    };
}
