namespace Hotline.UserAccess.SignIn;

internal static class IdentityMessages
{
    /// <summary>
    /// One line of Chinese text for a failed Identity result. Identity's length check and ours both report a short
    /// password, so repeated descriptions are shown once.
    /// </summary>
    public static string Describe(IdentityResult result) =>
        string.Join(" ", result.Errors.Select(e => e.Description).Distinct());
}
