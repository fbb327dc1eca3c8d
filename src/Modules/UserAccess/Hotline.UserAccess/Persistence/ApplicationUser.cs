namespace Hotline.UserAccess.Persistence;

/// <summary>A staff account. Every user belongs to exactly one member unit (the center is a unit too).</summary>
internal sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public Guid UnitId { get; set; }
    public bool IsDisabled { get; set; }

    /// <summary>
    /// No longer read or written: the two-factor exemption is a function of demo mode at run time (<see cref="TwoFactorRule"/>).
    /// Kept only so the column needs no migration; a later schema clean-up may drop it.
    /// </summary>
    public bool TwoFactorExempt { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>坐席分机号: where the phone system rings this agent, so an incoming call pops on their screen. Unique when set.</summary>
    public string? PhoneExtension { get; set; }
}
