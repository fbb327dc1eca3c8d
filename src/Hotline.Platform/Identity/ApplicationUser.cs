using Microsoft.AspNetCore.Identity;

namespace Hotline.Platform.Identity;

/// <summary>A staff account. Every user belongs to exactly one member unit (the center is a unit too).</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public Guid UnitId { get; set; }
    public bool IsDisabled { get; set; }

    /// <summary>Set only by demo seeding so the demo admin can sign in without an authenticator; shown on screen.</summary>
    public bool TwoFactorExempt { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
