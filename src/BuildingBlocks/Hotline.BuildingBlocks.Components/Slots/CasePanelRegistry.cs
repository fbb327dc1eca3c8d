using Microsoft.AspNetCore.Components;

namespace Hotline.Platform.Slots;

/// <summary>
/// A panel a module contributes to the case detail page. The component receives the case id as its
/// <c>CaseId</c> parameter and decides itself what the signed-in user may see.
/// </summary>
/// <param name="Anchor">The panel's element id, so another page can link straight to it (e.g. <c>/cases/{id}#returns</c>).</param>
public sealed record CasePanel(string Title, Type ComponentType, int Order, string? Anchor = null);

/// <summary>The slot's registry: modules register panels, the page renders them in order without knowing them.</summary>
public sealed class CasePanelRegistry(IEnumerable<CasePanel> panels)
{
    public IReadOnlyList<CasePanel> Panels { get; } = panels.OrderBy(p => p.Order).ToList();
}

public static class CasePanelRegistration
{
    public static IServiceCollection AddCasePanel<TComponent>(this IServiceCollection services, string title, int order, string? anchor = null)
        where TComponent : IComponent
    {
        services.AddSingleton(new CasePanel(title, typeof(TComponent), order, anchor));
        return services;
    }
}
