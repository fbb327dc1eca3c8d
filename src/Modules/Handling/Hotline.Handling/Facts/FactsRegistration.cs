using Hotline.Platform.Facts;

namespace Hotline.Handling.Facts;

/// <summary>What Handling answers to other modules about a case.</summary>
internal static class FactsRegistration
{
    public static IServiceCollection AddHandlingFacts(this IServiceCollection services) =>
        services.AddDailyFacts<HandlingDays>()
            .AddScoped<IHandlingFacts, HandlingFacts>()
            .AddScoped<IHandlingRecordFacts, HandlingRecordFactsSource>();
}
