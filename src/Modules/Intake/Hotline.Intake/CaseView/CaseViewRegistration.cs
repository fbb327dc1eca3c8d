namespace Hotline.Intake.CaseView;

/// <summary>One case as its viewer may see it, and the gate to the caller's identity for every module.</summary>
internal static class CaseViewRegistration
{
    public static IServiceCollection AddCaseView(this IServiceCollection services)
    {
        services.AddScoped<CaseDetails>();
        services.AddScoped<ICaseDirectory, CaseDirectory>();
        services.AddScoped<ICaseStatistics, CaseStatistics>();
        services.AddScoped<ICaseRecordFacts, CaseRecordFactsSource>();
        services.AddScoped<CallerIdentityService>();
        services.AddScoped<ICallerIdentity>(sp => sp.GetRequiredService<CallerIdentityService>());
        services.AddScoped<ICallerShielding, CallerShielding>();
        services.AddScoped<Hotline.Platform.Cases.ICaseTimelineSource, IntakeTimelineSource>();
        return services;
    }
}
