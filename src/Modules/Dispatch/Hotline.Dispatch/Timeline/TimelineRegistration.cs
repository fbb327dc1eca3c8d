using Hotline.Platform.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Dispatch.Timeline;

/// <summary>Dispatch's steps on the case's flow sheet.</summary>
internal static class TimelineRegistration
{
    public static IServiceCollection AddDispatchTimeline(this IServiceCollection services) =>
        services.AddScoped<ICaseTimelineSource, DispatchTimelineSource>();
}
