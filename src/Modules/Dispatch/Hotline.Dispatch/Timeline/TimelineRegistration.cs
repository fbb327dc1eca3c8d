using Hotline.Platform.Cases;

namespace Hotline.Dispatch.Timeline;

/// <summary>Dispatch's steps on the case's flow sheet.</summary>
internal static class TimelineRegistration
{
    public static IServiceCollection AddDispatchTimeline(this IServiceCollection services) =>
        services.AddScoped<ICaseTimelineSource, DispatchTimelineSource>();
}
