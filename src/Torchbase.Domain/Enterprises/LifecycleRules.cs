namespace Torchbase.Domain.Enterprises;

public static class LifecycleRules
{
    /// <summary>The status an enterprise has after a lifecycle event, given the status it had.</summary>
    public static EnterpriseStatus StatusAfter(LifecycleKind kind, EnterpriseStatus current) => kind switch
    {
        LifecycleKind.MovedOut => EnterpriseStatus.MovedOut,
        LifecycleKind.Deregistered => EnterpriseStatus.Deregistered,
        LifecycleKind.SettledIn => EnterpriseStatus.Active,
        _ => current,
    };

    /// <summary>A deregistered enterprise has left for good: nothing but a correction may follow.</summary>
    public static bool CanRecord(LifecycleKind kind, EnterpriseStatus current) =>
        current != EnterpriseStatus.Deregistered;
}
