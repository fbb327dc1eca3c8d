using Hotline.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Dispatch;

public sealed partial class DispatchModule
{
    private static readonly NavEntry[] ReturnNavigation = [];

    static partial void AddReturns(IServiceCollection services)
    {
    }
}
