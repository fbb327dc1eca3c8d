namespace Hotline.ArchitectureTests.Discovery;

/// <summary>
/// The dependency rules of the architecture, as "which projects may this project not depend on":
/// a module uses Platform, building blocks, the kernel and other modules' Contracts only (a split module's Domain
/// project only the kernel, Contracts and the rule and time blocks); Contracts use the
/// shared kernel only; building blocks use the kernel and each other, never Platform or a module; the kernel
/// uses no project; Platform uses no module and not the host; Platform's admin pages use Platform like a module does and are used by the host alone; the demo data uses Platform and the Administration and Knowledge modules and is used by the host alone. Migrations and the host compose; nothing depends on them.
/// </summary>
public static class Boundaries
{
    /// <summary>The modules whose data the demo data provides: Administration's reference tables and Knowledge's articles.</summary>
    public static readonly IReadOnlyList<string> DemoDataModules = ["Administration", "Knowledge"];

    /// <summary>Every project whose dependencies are restricted: kernel, building blocks, Platform, each module, each Contracts project.</summary>
    public static IEnumerable<SolutionProject> Subjects =>
        HotlineProjects.Source.Where(p => HotlineProjects.LayerOf(p)
            is Layer.Kernel or Layer.BuildingBlock or Layer.Platform or Layer.PlatformAdmin or Layer.Demo or Layer.Module or Layer.Contracts);

    /// <summary>The building blocks a Domain project may use: rules and time, no database, web or UI.</summary>
    public static readonly IReadOnlyList<string> DomainBuildingBlocks = ["Hotline.BuildingBlocks.Domain", "Hotline.BuildingBlocks.Time"];

    /// <summary>0 for Hotline.&lt;Name&gt;.Domain, 1 for .Application, 2 for the module's entry project.</summary>
    public static int PartRank(SolutionProject project) =>
        project.Name.EndsWith(".Domain", StringComparison.Ordinal) ? 0 : project.Name.EndsWith(".Application", StringComparison.Ordinal) ? 1 : 2;

    // A Domain project speaks the kernel, Contracts and the rule and time blocks only: Platform and the other blocks
    // bring EF Core, ASP.NET or MudBlazor.
    private static IEnumerable<SolutionProject> OutsideTheDomain =>
        HotlineProjects.InLayer(Layer.Platform).Concat(HotlineProjects.InLayer(Layer.BuildingBlock).Where(p => !DomainBuildingBlocks.Contains(p.Name)));

    public static IReadOnlyList<SolutionProject> ForbiddenFor(SolutionProject subject)
    {
        var layer = HotlineProjects.LayerOf(subject);
        // Demo data and Platform's admin pages count as composition: only the host references them.
        var composition = HotlineProjects.InLayer(Layer.Host).Concat(HotlineProjects.InLayer(Layer.Migrations))
            .Concat(HotlineProjects.InLayer(Layer.Demo)).Concat(HotlineProjects.InLayer(Layer.PlatformAdmin))
            .Where(p => p != subject);
        var forbidden = layer switch
        {
            Layer.Platform or Layer.PlatformAdmin => composition
                .Concat(HotlineProjects.InLayer(Layer.Module))
                .Concat(HotlineProjects.InLayer(Layer.Contracts)),
            Layer.Kernel => HotlineProjects.Source.Where(p => p != subject),
            Layer.BuildingBlock => composition
                .Concat(HotlineProjects.InLayer(Layer.Platform))
                .Concat(HotlineProjects.InLayer(Layer.Module))
                .Concat(HotlineProjects.InLayer(Layer.Contracts)),
            // Contracts speak only the kernel's language, so a module's contract never drags Platform's UI, EF or PDF along.
            Layer.Contracts => HotlineProjects.Source.Where(p => p != subject && HotlineProjects.LayerOf(p) != Layer.Kernel),
            // The demo county is Administration's reference data (areas, units, categories) and Knowledge's articles: those modules alone it may fill.
            Layer.Demo => HotlineProjects.InLayer(Layer.Host).Concat(HotlineProjects.InLayer(Layer.Migrations))
                .Concat(HotlineProjects.InLayer(Layer.PlatformAdmin))
                .Concat(HotlineProjects.InLayer(Layer.Module).Concat(HotlineProjects.InLayer(Layer.Contracts))
                    .Where(p => !DemoDataModules.Contains(HotlineProjects.ModuleFolderOf(p)))),
            // A split module's parts stack Domain < Application < Hotline.<Name>: each uses only the parts beneath it.
            Layer.Module => composition
                .Concat(HotlineProjects.InLayer(Layer.Module).Where(p => p != subject
                    && (HotlineProjects.ModuleFolderOf(p) != HotlineProjects.ModuleFolderOf(subject) || PartRank(p) >= PartRank(subject))))
                .Concat(PartRank(subject) == 0 ? OutsideTheDomain : []),
            _ => throw new ArgumentException($"{subject} is not restricted by the module boundaries.", nameof(subject)),
        };
        return forbidden.ToList();
    }
}
