using Hotline.Dispatch.Application;
using Hotline.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Dispatch;

public sealed partial class DispatchModule
{
    private static readonly NavEntry[] DispatchingNavigation = [];

    static partial void AddDispatching(IServiceCollection services)
    {
        services.AddScoped<DispatchSettingsService>();
        services.AddScoped<DeadlineTerms>();
    }

    private static Task SeedDispatchingAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
