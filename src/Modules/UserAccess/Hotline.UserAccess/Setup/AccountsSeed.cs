using Microsoft.Extensions.Logging;

namespace Hotline.UserAccess.Setup;

/// <summary>At every start: the nine roles, then the demo accounts in demo mode or else the first administrator.</summary>
internal static class AccountsSeed
{
    public static async Task SeedAsync(IServiceProvider sp, bool demoMode, CancellationToken cancellationToken)
    {
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in HotlineRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
        var clock = sp.GetRequiredService<TimeProvider>();
        if (demoMode)
            await DemoAccountSeeding.SeedAsync(sp.GetRequiredService<UserManager<ApplicationUser>>(), sp.GetRequiredService<IUnitDirectory>(), clock, cancellationToken);
        else
            await InitialAdmin.EnsureAsync(sp, sp.GetRequiredService<UserAccessDbContext>(), clock,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(InitialAdmin)), cancellationToken);
    }
}
