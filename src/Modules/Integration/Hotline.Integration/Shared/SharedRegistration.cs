namespace Hotline.Integration.Shared;

internal static class SharedRegistration
{
    /// <summary>Case reads and request submission used by both the REST API and Open311.</summary>
    public static IServiceCollection AddIntegrationShared(this IServiceCollection services)
    {
        services.AddScoped<CaseReads>();
        services.AddScoped<RequestSubmission>();
        return services;
    }
}
