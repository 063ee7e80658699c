using Microsoft.AspNetCore.Identity;

namespace Torchbase.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    public Guid? ZoneId { get; set; }
    /// <summary>A city or province user (市/省): sees every zone of the region and its sub-regions, side by side.</summary>
    public Guid? RegionId { get; set; }
    public Guid? ParkId { get; set; }
    public Guid? DepartmentId { get; set; }
    public Guid? EnterpriseId { get; set; }
    public Guid? BankId { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
    /// <summary>Set for an imported user and after an administrator's reset: until the user picks a password, nothing else is allowed.</summary>
    public bool MustChangePassword { get; set; }
    /// <summary>When the password was last set (the store stamps it); with an expiry configured, an old or unknown one must be changed.</summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }
    public AppRole(string name) : base(name) { }
}
