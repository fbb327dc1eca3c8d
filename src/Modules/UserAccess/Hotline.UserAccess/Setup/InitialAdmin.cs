using Hotline.Platform.Identity;
using Hotline.Platform.Organization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Hotline.UserAccess.Setup;

/// <summary>
/// A production installation starts with no account at all: the first CenterAdmin is created either from a password in
/// configuration (automated installs) or by whoever holds the one-time setup token written to the data directory.
/// </summary>
internal static class InitialAdmin
{
    public const string PasswordKey = "Hotline:InitialAdminPassword";

    public static async Task EnsureAsync(IServiceProvider sp, UserAccessDbContext db, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        var setup = sp.GetRequiredService<FirstAdminSetup>();
        if (await db.Users.AnyAsync(cancellationToken))
        {
            setup.DeleteToken();
            return;
        }
        var password = sp.GetRequiredService<IConfiguration>()[PasswordKey];
        if (string.IsNullOrWhiteSpace(password))
        {
            setup.EnsureToken();
            logger.LogWarning("No account exists yet. Open /setup in the browser and enter the one-time setup token from {TokenFile} " +
                "to create the first administrator", setup.TokenPath);
            return;
        }
        var center = await sp.GetRequiredService<IUnitDirectory>().CenterAsync(cancellationToken);
        var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = new ApplicationUser { UserName = "admin", DisplayName = "系统管理员", UnitId = center.Id, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        AccountSeeding.ThrowIfFailed(await users.CreateAsync(admin, password), "admin");
        AccountSeeding.ThrowIfFailed(await users.AddToRoleAsync(admin, HotlineRoles.CenterAdmin), "admin");
        logger.LogWarning("Created the initial administrator 'admin'; two-factor sign-in will be required at first login");
    }
}

internal static class AccountSeeding
{
    public static void ThrowIfFailed(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Cannot create account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
