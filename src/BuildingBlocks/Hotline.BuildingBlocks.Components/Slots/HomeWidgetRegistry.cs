using Microsoft.AspNetCore.Components;

namespace Hotline.Platform.Slots;

/// <summary>A block a module shows on the home page of the listed roles (today's queue, overdue counts…).</summary>
public sealed record HomeWidget(Type ComponentType, IReadOnlyList<string> Roles, int Order);

public sealed class HomeWidgetRegistry(IEnumerable<HomeWidget> widgets)
{
    public IReadOnlyList<HomeWidget> Widgets { get; } = widgets.OrderBy(w => w.Order).ToList();
}

public static class HomeWidgetRegistration
{
    public static IServiceCollection AddHomeWidget<TComponent>(this IServiceCollection services, int order, params string[] roles)
        where TComponent : IComponent
    {
        services.AddSingleton(new HomeWidget(typeof(TComponent), roles, order));
        return services;
    }
}
