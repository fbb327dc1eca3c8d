namespace Hotline.Platform.Identity;

/// <summary>等保 session rules every sign-in obeys, whichever page or circuit holds it.</summary>
public static class SessionPolicy
{
    /// <summary>A session unused this long ends: the cookie's sliding expiry and the idle circuit both follow it.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How often a sign-in cookie is checked against the account: a disabled account or a changed security stamp
    /// (password reset, role change) ends the session within this time, on pages as in circuits.
    /// </summary>
    public static readonly TimeSpan Revalidation = TimeSpan.FromMinutes(1);
}
