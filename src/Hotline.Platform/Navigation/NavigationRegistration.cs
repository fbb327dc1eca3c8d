using Hotline.Platform.Modules;

namespace Hotline.Platform.Navigation;

public static class NavigationRegistration
{
    /// <summary>
    /// Puts a capability's pages in the menu from the same registration that adds its services, so a capability
    /// cannot be registered without its menu entries or the other way round.
    /// </summary>
    public static IServiceCollection AddNavEntries(this IServiceCollection services, IEnumerable<NavEntry> entries)
    {
        foreach (var entry in entries)
            services.AddSingleton(entry);
        return services;
    }
}
