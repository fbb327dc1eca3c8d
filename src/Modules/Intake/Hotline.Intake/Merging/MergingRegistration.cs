namespace Hotline.Intake.Merging;

/// <summary>并单 into an open case.</summary>
internal static class MergingRegistration
{
    public static IServiceCollection AddMerging(this IServiceCollection services)
    {
        services.AddScoped<CaseMerging>();
        return services;
    }
}
