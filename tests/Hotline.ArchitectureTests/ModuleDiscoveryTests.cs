using Hotline.ArchitectureTests.Discovery;
using Hotline.Platform.Modules;
using Hotline.Web;

namespace Hotline.ArchitectureTests;

/// <summary>
/// The rules cover the modules listed in the solution; these tests make sure that list is the truth:
/// every module on disk is in the solution, the host ships every one, and each has the expected shape.
/// </summary>
public class ModuleDiscoveryTests
{
    private static readonly HashSet<string> NonModuleAssemblies = ["Hotline.Platform", "Hotline.Platform.Admin", "Hotline.SharedKernel", "Hotline.DemoData", "Hotline.Web", "Hotline.ArchitectureTests"];

    [Fact]
    public void Every_source_project_belongs_to_a_known_layer()
    {
        var unplaced = HotlineProjects.Source.Where(p => HotlineProjects.LayerOf(p) is null).Select(p => p.RelativePath);
        Assert.Empty(unplaced);
    }

    [Fact]
    public void The_solution_lists_the_host_the_platform_its_admin_pages_and_both_migration_streams()
    {
        Assert.Equal(["Hotline.Web"], HotlineProjects.InLayer(Layer.Host).Select(p => p.Name));
        Assert.Equal(["Hotline.Platform"], HotlineProjects.InLayer(Layer.Platform).Select(p => p.Name));
        Assert.Equal(["Hotline.Platform.Admin"], HotlineProjects.InLayer(Layer.PlatformAdmin).Select(p => p.Name));
        Assert.Equal(["Hotline.Migrations.MySql", "Hotline.Migrations.Sqlite"],
            HotlineProjects.InLayer(Layer.Migrations).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_module_project_on_disk_is_in_the_solution()
    {
        var modulesDir = Path.Combine(SolutionFile.RepositoryRoot, HotlineProjects.ModulesFolder);
        var onDisk = Directory.Exists(modulesDir)
            ? Directory.GetFiles(modulesDir, "*.csproj", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(SolutionFile.RepositoryRoot, f).Replace('\\', '/'))
                .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            : [];
        var inSolution = HotlineProjects.Source.Where(p => HotlineProjects.LayerOf(p) is Layer.Module or Layer.Contracts)
            .Select(p => p.RelativePath);
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), inSolution.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_module_assemblies_under_test_are_exactly_the_solution_modules()
    {
        var loaded = Directory.GetFiles(AppContext.BaseDirectory, "Hotline.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !NonModuleAssemblies.Contains(name) && !name.StartsWith("Hotline.Migrations.", StringComparison.Ordinal)
                && !name.StartsWith("Hotline.BuildingBlocks.", StringComparison.Ordinal));
        var declared = HotlineProjects.Modules.SelectMany(m => m.Projects).Select(p => p.AssemblyName);
        Assert.Equal(declared.Order(StringComparer.Ordinal), loaded.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_host_composes_every_module_of_the_solution()
    {
        // Hotline.Web.HotlineModules.All is the host's (internal) list of the modules it runs.
        var list = typeof(HostSetup).Assembly.GetType("Hotline.Web.HotlineModules")?.GetField("All")?.GetValue(null)
            ?? throw new InvalidOperationException("Hotline.Web.HotlineModules.All not found: update this test to the host's module list.");
        var composed = ((IEnumerable<IHotlineModule>)list).Select(m => m.Name);
        Assert.Equal(HotlineProjects.Modules.Select(m => m.Name).Order(StringComparer.Ordinal), composed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Module_folders_are_named_after_the_fixed_modules_and_hold_one_implementation_or_its_three_parts_and_at_most_one_contracts_project()
    {
        var problems = new List<string>();
        foreach (var module in HotlineProjects.Modules)
        {
            if (!HotlineProjects.KnownModuleNames.Contains(module.Name))
                problems.Add($"{module.Name}: not one of {string.Join(", ", HotlineProjects.KnownModuleNames)}");
            // A module grows from one project into three parts (README, "模块模板"), never into another shape.
            string[] single = [$"Hotline.{module.Name}"];
            string[] split = [$"Hotline.{module.Name}", $"Hotline.{module.Name}.Application", $"Hotline.{module.Name}.Domain"];
            var parts = module.Implementations.Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
            if (!parts.SequenceEqual(single) && !parts.SequenceEqual(split))
                problems.Add($"{module.Name}: needs Hotline.{module.Name} alone or with Hotline.{module.Name}.Application and Hotline.{module.Name}.Domain, has {string.Join(", ", parts)}");
            if (module.ContractProjects.Any(p => p.Name != $"Hotline.{module.Name}.Contracts") || module.ContractProjects.Count() > 1)
                problems.Add($"{module.Name}: its only contracts project may be Hotline.{module.Name}.Contracts");
        }
        Assert.Empty(problems);
    }
}
