using Hotline.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Handling;

public sealed partial class HandlingModule
{
    private static readonly NavEntry[] OutcomeNavigation = [];

    static partial void AddOutcomes(IServiceCollection services)
    {
    }
}
