using Hotline.Platform.Identity;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Seeding;

/// <summary>A production installation starts with one CenterAdmin whose password comes from configuration.</summary>
internal static class InitialAdmin
{
    public const string PasswordKey = "Hotline:InitialAdminPassword";

    public static async Task EnsureAsync(IServiceProvider sp, PlatformDbContext db, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
            return;
        var password = sp.GetRequiredService<IConfiguration>()[PasswordKey];
        if (string.IsNullOrWhiteSpace(password))
            throw new InvalidOperationException(
                $"The database has no users. Set {PasswordKey} (environment variable Hotline__InitialAdminPassword) to create the first administrator 'admin', or run with Hotline__DemoMode=true.");
        var center = await db.Units.FirstAsync(u => u.Type == UnitType.Center, cancellationToken);
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
