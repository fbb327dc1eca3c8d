using System.Reflection;

namespace Hotline.ArchitectureTests.Discovery;

public enum Layer
{
    Host,
    /// <summary>src/Hotline.SharedKernel: what Contracts may speak in (event base type, ids, codes); depends on nothing.</summary>
    Kernel,
    /// <summary>src/BuildingBlocks/*: technical pieces any module may use (e.g. the PDF layer); know no module.</summary>
    BuildingBlock,
    Platform,
    /// <summary>src/Hotline.Platform.Admin: Platform's own admin pages (accounts, audit log, events, messages, SMS); only the host references it.</summary>
    PlatformAdmin,
    /// <summary>src/Hotline.DemoData: the demo county; only the host may reference it.</summary>
    Demo,
    Migrations,
    Module,
    Contracts,
}

/// <summary>
/// A feature module: the projects in src/Modules/&lt;Name&gt;/, expected to be Hotline.&lt;Name&gt; (entry point,
/// registrations, pages), optionally split with Hotline.&lt;Name&gt;.Application and Hotline.&lt;Name&gt;.Domain
/// beneath it, and optionally Hotline.&lt;Name&gt;.Contracts (ModuleDiscoveryTests checks that shape).
/// </summary>
public sealed record Module(string Name, IReadOnlyList<SolutionProject> Projects)
{
    /// <summary>The module's own code: Hotline.&lt;Name&gt; and, in a split module, its Application and Domain projects.</summary>
    public IEnumerable<SolutionProject> Implementations => Projects.Where(p => HotlineProjects.LayerOf(p) == Layer.Module);

    public IEnumerable<SolutionProject> ContractProjects => Projects.Where(p => HotlineProjects.LayerOf(p) == Layer.Contracts);

    /// <summary>The project the host references: the entry point, the capabilities' registrations and pages.</summary>
    public SolutionProject Implementation => Implementations.Single(p => p.Name == $"Hotline.{Name}");

    /// <summary>Hotline.&lt;Name&gt;.Application of a split module: services, queries, handlers, persistence.</summary>
    public SolutionProject? ApplicationPart => Implementations.SingleOrDefault(p => p.Name == $"Hotline.{Name}.Application");

    /// <summary>Hotline.&lt;Name&gt;.Domain of a split module: the entities and their rules, nothing else.</summary>
    public SolutionProject? DomainPart => Implementations.SingleOrDefault(p => p.Name == $"Hotline.{Name}.Domain");

    /// <summary>Where the module's domain types live: its Domain project, or its single project.</summary>
    public SolutionProject DomainHolder => DomainPart ?? Implementation;

    /// <summary>The project holding Persistence/ and the capabilities' services: the Application project, or the single one.</summary>
    public SolutionProject ServicesHolder => ApplicationPart ?? Implementation;

    /// <summary>Lower-case module name: the prefix of every table the module owns, e.g. intake_cases.</summary>
    public string TablePrefix => Name.ToLowerInvariant() + "_";

    public override string ToString() => Name;
}

/// <summary>The solution's src/ projects sorted into the layers the architecture rules talk about.</summary>
public static class HotlineProjects
{
    /// <summary>Fixed by the architecture: the only modules there will be.</summary>
    public static readonly IReadOnlyList<string> KnownModuleNames =
        ["Administration", "UserAccess", "Intake", "Dispatch", "Handling", "Evaluation", "Knowledge", "Supervision", "Assessment", "Archive", "Integration"];

    public const string ModulesFolder = "src/Modules/";

    public const string BuildingBlocksFolder = "src/BuildingBlocks/";

    public static IReadOnlyList<SolutionProject> Source { get; } =
        SolutionFile.Projects.Where(p => p.RelativePath.StartsWith("src/", StringComparison.Ordinal)).ToList();

    public static IReadOnlyList<Module> Modules { get; } = DiscoverModules();

    public static Layer? LayerOf(SolutionProject project) => project.RelativePath switch
    {
        var p when p.StartsWith("src/Hotline.Web/", StringComparison.Ordinal) => Layer.Host,
        var p when p.StartsWith("src/Hotline.Platform/", StringComparison.Ordinal) => Layer.Platform,
        var p when p.StartsWith("src/Hotline.Platform.Admin/", StringComparison.Ordinal) => Layer.PlatformAdmin,
        var p when p.StartsWith("src/Hotline.SharedKernel/", StringComparison.Ordinal) => Layer.Kernel,
        var p when p.StartsWith("src/Hotline.DemoData/", StringComparison.Ordinal) => Layer.Demo,
        var p when p.StartsWith(BuildingBlocksFolder, StringComparison.Ordinal) => Layer.BuildingBlock,
        var p when p.StartsWith("src/Persistence/", StringComparison.Ordinal) => Layer.Migrations,
        var p when p.StartsWith(ModulesFolder, StringComparison.Ordinal) =>
            project.Name.EndsWith(".Contracts", StringComparison.Ordinal) ? Layer.Contracts : Layer.Module,
        _ => null,
    };

    public static IEnumerable<SolutionProject> InLayer(Layer layer) => Source.Where(p => LayerOf(p) == layer);

    /// <summary>The module folder a project under src/Modules lives in, e.g. "Intake".</summary>
    public static string ModuleFolderOf(SolutionProject project) =>
        project.RelativePath[ModulesFolder.Length..].Split('/')[0];

    /// <summary>Who owns a project's code: its module for module and Contracts projects, else the project itself.</summary>
    public static string OwnerOf(SolutionProject project) =>
        LayerOf(project) is Layer.Module or Layer.Contracts ? ModuleFolderOf(project) : project.Name;

    public static SolutionProject ByAssembly(string assemblyName) =>
        Source.Single(p => p.AssemblyName == assemblyName);

    /// <summary>Loads a project's built assembly from the test's output (the test project references every module).</summary>
    public static Assembly Load(SolutionProject project)
    {
        try
        {
            return Assembly.Load(new AssemblyName(project.AssemblyName));
        }
        catch (FileNotFoundException e)
        {
            throw new InvalidOperationException(
                $"{project.AssemblyName} is in the solution but not in the architecture tests' output; " +
                "they reference src/Modules/*/*/*.csproj, so the module project must live there.", e);
        }
    }

    private static IReadOnlyList<Module> DiscoverModules() =>
        Source.Where(p => LayerOf(p) is Layer.Module or Layer.Contracts)
            .GroupBy(ModuleFolderOf)
            .Select(g => new Module(g.Key, g.ToList()))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
}
