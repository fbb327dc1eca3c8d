using System.Reflection;
using Hotline.ArchitectureTests.Discovery;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.SelfTestSamples;
using Hotline.Platform;
using Hotline.Web;
using Microsoft.AspNetCore.Components;

namespace Hotline.ArchitectureTests;

/// <summary>
/// The module rules pass trivially while modules are few, so each checker is run here on real
/// assemblies that do depend on each other (the host uses Platform) to prove it reports a violation,
/// and that it matches whole names (forbidding Hotline.X never forbids Hotline.X.Contracts).
/// </summary>
public class CheckerSelfTests
{
    private static readonly Assembly Web = typeof(HostSetup).Assembly;
    private static readonly Assembly Platform = typeof(HostingOptions).Assembly;

    [Fact]
    public void Reference_checker_reports_a_forbidden_assembly()
    {
        Assert.Equal(["Hotline.Platform"], ReferenceRules.Violations(Web, ["Hotline.Platform"]));
    }

    [Fact]
    public void Reference_checker_matches_whole_assembly_names()
    {
        Assert.Empty(ReferenceRules.Violations(Web, ["Hotline.Plat", "Hotline"]));
    }

    [Fact]
    public void Project_checker_reports_a_forbidden_project_reference()
    {
        var web = HotlineProjects.ByAssembly("Hotline.Web");
        var platform = HotlineProjects.ByAssembly("Hotline.Platform");
        Assert.Equal(["Hotline.Platform"], ReferenceRules.ProjectViolations(web, [platform]));
    }

    [Fact]
    public void Project_checker_matches_whole_project_names()
    {
        // The host references Hotline.Migrations.Sqlite; a project named Hotline.Migrations is a different one,
        // as Hotline.Intake is not Hotline.Intake.Contracts.
        var web = HotlineProjects.ByAssembly("Hotline.Web");
        var prefixOnly = new SolutionProject("Hotline.Migrations", "src/Persistence/Hotline.Migrations/Hotline.Migrations.csproj");
        Assert.Contains("Hotline.Migrations.Sqlite", ProjectFile.ProjectReferences(web.FullPath));
        Assert.Empty(ReferenceRules.ProjectViolations(web, [prefixOnly]));
    }

    [Fact]
    public void Type_checker_reports_the_types_that_use_a_forbidden_assembly()
    {
        var violations = TypeDependencyRules.Violations(Web, [Platform]);
        Assert.Contains($"{typeof(HostSetup).FullName} -> Hotline.Platform", violations);
    }

    [Fact]
    public void Type_checker_finds_nothing_where_there_is_no_dependency()
    {
        Assert.Empty(TypeDependencyRules.Violations(Platform, [Web]));
    }

    [Fact]
    public void Type_checker_matches_whole_type_names()
    {
        // HostSetup uses Hotline.Platform.HostingOptions; "Hotline.Platform.Hosting" is only a prefix of that name.
        Assert.Contains(typeof(HostSetup).FullName, TypeDependencyRules.TypesUsingAny(Web, ["Hotline.Platform.HostingOptions"]));
        Assert.Empty(TypeDependencyRules.TypesUsingAny(Web, ["Hotline.Platform.Hosting"]));
    }

    [Fact]
    public void Public_surface_checker_reports_public_types_that_could_be_internal()
    {
        // Platform is a library with a public API, so seen as a module it has violations:
        // PlatformServices is a static class, which no component can expose.
        var violations = PublicSurfaceRules.Violations(Platform);
        Assert.Contains(typeof(PlatformServices).FullName, violations);
        Assert.DoesNotContain(violations, name => typeof(IComponent).IsAssignableFrom(Platform.GetType(name)));
    }

    [Fact]
    public void Public_surface_checker_accepts_the_types_a_component_parameter_forces_to_be_public()
    {
        var violations = PublicSurfaceRules.Violations(typeof(SampleCard).Assembly);
        Assert.Contains(typeof(SampleService).FullName, violations);
        Assert.DoesNotContain(typeof(SampleCard).FullName, violations);
        Assert.DoesNotContain(typeof(SampleCardState).FullName, violations);
        Assert.DoesNotContain(typeof(SampleKind).FullName, violations);
    }

    [Fact]
    public void Table_prefix_checker_reports_tables_without_the_prefix()
    {
        var violations = TablePrefixRules.Violations(TablePrefixRules.PlatformTables(), "intake_");
        Assert.Contains(violations, v => v.EndsWith(" -> platform_settings", StringComparison.Ordinal));
    }

    [Fact]
    public void Solution_parser_keeps_projects_and_skips_solution_folders()
    {
        const string text = """
            Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "Modules", "Modules", "{827E0CD3-B72D-47B6-A68D-7590B98EB39B}"
            EndProject
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Hotline.Intake", "src\Modules\Intake\Hotline.Intake\Hotline.Intake.csproj", "{131FC8BF-E094-4AA0-8BB9-3CF8D8024575}"
            EndProject
            """;
        var project = Assert.Single(SolutionFile.Parse(text));
        Assert.Equal(new SolutionProject("Hotline.Intake", "src/Modules/Intake/Hotline.Intake/Hotline.Intake.csproj"), project);
        Assert.Equal(Layer.Module, HotlineProjects.LayerOf(project));
        Assert.Equal("Intake", HotlineProjects.ModuleFolderOf(project));
    }
}
