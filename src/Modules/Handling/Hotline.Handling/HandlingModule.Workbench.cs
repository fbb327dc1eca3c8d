using Hotline.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Handling;

public sealed partial class HandlingModule
{
    private static readonly NavEntry[] WorkbenchNavigation = [];

    static partial void AddWorkbench(IServiceCollection services)
    {
    }
}
