namespace Hotline.Intake.Connected;

/// <summary>What connected systems (the integration API, Open311) may do with cases: submit requests and read cases without a signed-in user.</summary>
internal static class ConnectedRegistration
{
    public static IServiceCollection AddConnectedSystems(this IServiceCollection services)
    {
        services.AddScoped<IExternalRequests, ExternalRequests>();
        services.AddScoped<ICaseListing, CaseListing>();
        return services;
    }
}
