using Hotline.Platform.Cases;

namespace Hotline.Handling.Timeline;

/// <summary>Handling's steps on the case's flow sheet.</summary>
internal static class TimelineRegistration
{
    public static IServiceCollection AddHandlingTimeline(this IServiceCollection services) =>
        services.AddScoped<ICaseTimelineSource, HandlingTimelineSource>();
}
