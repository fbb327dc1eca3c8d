using Hotline.Platform.Navigation;
using Hotline.Platform.Slots;
using MudBlazor;

namespace Hotline.Handling.Deadlines;

/// <summary>Deadline lights and the center's deadline board (办理时限).</summary>
internal static class DeadlinesRegistration
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(HandlingModule.Group, "办理时限", "/handling/deadlines", Icons.Material.Filled.Timer, DeadlineBoard.Viewers, 210)]);
        services.AddScoped<DeadlineBoard>();
        services.AddHomeWidget<CenterDeadlineWidget>(20, HandlingAccess.CenterDeciders);
        services.AddWorkItemSource<CenterDeadlineWorkItems>(HandlingAccess.CenterDeciders);
        return services;
    }
}
