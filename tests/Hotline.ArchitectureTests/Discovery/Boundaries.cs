namespace Hotline.ArchitectureTests.Discovery;

/// <summary>
/// The dependency rules of the architecture, as "which projects may this project not depend on":
/// a module uses Platform and other modules' Contracts only; Contracts use Platform only;
/// Platform uses no module and not the host. Migrations and the host compose; nothing depends on them.
/// </summary>
public static class Boundaries
{
    /// <summary>Every project whose dependencies are restricted: Platform, each module, each Contracts project.</summary>
    public static IEnumerable<SolutionProject> Subjects =>
        HotlineProjects.Source.Where(p => HotlineProjects.LayerOf(p) is Layer.Platform or Layer.Module or Layer.Contracts);

    public static IReadOnlyList<SolutionProject> ForbiddenFor(SolutionProject subject)
    {
        var layer = HotlineProjects.LayerOf(subject);
        var composition = HotlineProjects.InLayer(Layer.Host).Concat(HotlineProjects.InLayer(Layer.Migrations));
        var forbidden = layer switch
        {
            Layer.Platform => composition
                .Concat(HotlineProjects.InLayer(Layer.Module))
                .Concat(HotlineProjects.InLayer(Layer.Contracts)),
            Layer.Contracts => composition
                .Concat(HotlineProjects.InLayer(Layer.Module))
                .Concat(HotlineProjects.InLayer(Layer.Contracts).Where(p => p != subject)),
            Layer.Module => composition
                .Concat(HotlineProjects.InLayer(Layer.Module).Where(p => p != subject)),
            _ => throw new ArgumentException($"{subject} is not restricted by the module boundaries.", nameof(subject)),
        };
        return forbidden.ToList();
    }
}
