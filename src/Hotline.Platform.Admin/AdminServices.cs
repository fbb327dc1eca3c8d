namespace Hotline.Platform.Admin;

/// <summary>Services behind the platform's admin pages: operations (audit log, events, messages, SMS). The host registers them.</summary>
public static class AdminServices
{
    public static IServiceCollection AddPlatformAdmin(this IServiceCollection services)
    {
        services.AddOperationsAdmin();
        return services;
    }
}
