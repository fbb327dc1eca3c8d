namespace Hotline.Platform.Identity;

public static class HotlineClaims
{
    public const string UnitId = "hotline:unit";
    public const string DisplayName = "hotline:name";

    /// <summary>"enabled", "exempt" (a demo account in demo mode, a role that needs two factors) or "missing"; see <see cref="TwoFactorRule"/>.</summary>
    public const string TwoFactor = "hotline:2fa";
}
