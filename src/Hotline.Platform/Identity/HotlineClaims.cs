namespace Hotline.Platform.Identity;

public static class HotlineClaims
{
    public const string UnitId = "hotline:unit";
    public const string DisplayName = "hotline:name";

    /// <summary>"enabled", "exempt" (demo admin) or "missing"; CenterAdmin pages need one of the first two.</summary>
    public const string TwoFactor = "hotline:2fa";
}
