using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Intake.Intercepted;

/// <summary>Online submissions refused by the word list, for review.</summary>
internal static class InterceptedRegistration
{
    public static IServiceCollection AddIntercepted(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(IntakeModule.Group, "网上拦截记录", "/intake/intercepted", Icons.Material.Filled.GppBad, InterceptedSubmissions.Reviewers, 130)]);
        services.AddScoped<InterceptedSubmissions>();
        return services;
    }
}
