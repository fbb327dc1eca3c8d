using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Integration.Clients;

/// <summary>接入管理: API clients with their scopes, units, keys and rate limits; the call log.</summary>
internal static class ClientsRegistration
{
    public static IServiceCollection AddApiClients(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.SettingsGroup, "接口接入", "/admin/integration/clients", Icons.Material.Filled.Api, [HotlineRoles.CenterAdmin], 99)]);
        services.AddAuditObjectType(ApiClients.AuditObject, "接入系统", _ => "/admin/integration/clients");
        services.AddSingleton<ApiClientCache>();
        services.AddScoped<ApiClients>();
        return services;
    }
}
