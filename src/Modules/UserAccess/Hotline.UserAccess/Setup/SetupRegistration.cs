namespace Hotline.UserAccess.Setup;

/// <summary>首次安装: the roles, the demo accounts or the first administrator (from configuration or the one-time /setup page).</summary>
internal static class SetupRegistration
{
    public static IServiceCollection AddSetup(this IServiceCollection services) =>
        services.AddScoped<FirstAdminSetup>();
}
