namespace Hotline.UserAccess.Profile;

/// <summary>
/// Verifies authenticator-app codes against the application's <see cref="TimeProvider"/>; Identity's own provider
/// reads the wall clock. One step either side (±30 s) absorbs phone clock drift without widening the window further;
/// each accepted code is spent for its user (RFC 6238 §5.2).
/// </summary>
internal sealed class HotlineAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string Name = "HotlineAuthenticator";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The code comes from the user's app, never from the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
            return false;
        var keyBytes = Base32.Decode(key);
        var code = int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
        var step = Totp.TimeStep(clock.GetUtcNow());
        var lastUsed = await LastUsedStepAsync(manager, user);
        for (var drift = -1; drift <= 1; drift++)
        {
            if (Totp.Compute(keyBytes, step + drift) != code)
                continue;
            // A code seen once (or any earlier step) is spent: someone who watched it typed cannot replay it in its window.
            if (step + drift <= lastUsed)
                return false;
            // The user row's concurrency stamp makes two simultaneous uses of one code fail all but the first.
            var saved = await manager.SetAuthenticationTokenAsync(user, Name, LastUsedStepToken,
                (step + drift).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return saved.Succeeded;
        }
        return false;
    }

    /// <summary>Kept in Identity's user-token table (no schema change): the newest time step a code was accepted for.</summary>
    public const string LastUsedStepToken = "LastUsedStep";

    private static async Task<long> LastUsedStepAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        long.TryParse(await manager.GetAuthenticationTokenAsync(user, Name, LastUsedStepToken), out var step) ? step : long.MinValue;
}
