using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Platform.Admin;

/// <summary>Services behind the platform's admin pages; each area registers its own in its partial method.</summary>
internal static partial class AdminServices
{
    public static IServiceCollection AddPlatformAdmin(this IServiceCollection services)
    {
        services.AddScoped<AdminGuard>();
        AddOrganizationAdmin(services);
        AddIdentityAdmin(services);
        AddOperationsAdmin(services);
        return services;
    }

    static partial void AddOrganizationAdmin(IServiceCollection services);
    static partial void AddIdentityAdmin(IServiceCollection services);
    static partial void AddOperationsAdmin(IServiceCollection services);
}
