using Hotline.Platform;
using Hotline.Platform.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Authorization;

/// <summary>The menu as the app composes it: every entry the platform and the modules' capability registrations add.</summary>
public static class MenuEntries
{
    public static IReadOnlyList<NavEntry> Registered()
    {
        var services = new ServiceCollection();
        services.AddHotlinePlatform(new ConfigurationBuilder().Build(), Hotline.Web.HotlineModules.All);
        return services.Where(d => d.ServiceType == typeof(NavEntry)).Select(d => (NavEntry)d.ImplementationInstance!).ToList();
    }
}
