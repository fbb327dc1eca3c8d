namespace Hotline.Platform.Admin;

/// <summary>Services behind the platform's admin pages: accounts, then operations (audit log, events, messages, SMS).</summary>
internal static class AdminServices
{
    public static IServiceCollection AddPlatformAdmin(this IServiceCollection services)
    {
        services.AddScoped<AdminGuard>();
        services.AddIdentityAdmin();
        services.AddOperationsAdmin();
        return services;
    }
}
