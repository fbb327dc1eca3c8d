using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.UserAccess.SignIn;

/// <summary>
/// Identity's UserManager reads <see cref="DateTimeOffset.UtcNow"/> for lockout (checked for Identity 9 and 10),
/// so lockouts would ignore the application's clock. Lockout here uses the injected <see cref="TimeProvider"/>,
/// which keeps "30 minutes" testable and consistent with every other time in the system.
/// </summary>
internal sealed class HotlineUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger,
    TimeProvider clock)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<ApplicationUser> LockoutStore =>
        Store as IUserLockoutStore<ApplicationUser> ?? throw new NotSupportedException("The user store does not support lockout.");

    public override async Task<bool> IsLockedOutAsync(ApplicationUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        if (!await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken))
            return false;
        var lockoutEnd = await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken);
        return lockoutEnd >= clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(ApplicationUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var count = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await LockoutStore.SetLockoutEndDateAsync(user, clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }

    /// <summary>Voids every recovery code; UserManager itself can only replace them with new ones.</summary>
    public async Task<IdentityResult> ClearRecoveryCodesAsync(ApplicationUser user)
    {
        ThrowIfDisposed();
        var codes = Store as IUserTwoFactorRecoveryCodeStore<ApplicationUser>
            ?? throw new NotSupportedException("The user store does not support recovery codes.");
        await codes.ReplaceCodesAsync(user, [], CancellationToken);
        return await UpdateUserAsync(user);
    }

    /// <summary>Whether the account is locked at this moment by the application's clock (for lists and admin actions).</summary>
    public static bool IsLockedAt(DateTimeOffset? lockoutEnd, DateTimeOffset now) => lockoutEnd is { } end && end >= now;
}
