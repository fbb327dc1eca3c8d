using Hotline.ArchitectureTests.Discovery;
using Hotline.ArchitectureTests.Rules;

namespace Hotline.ArchitectureTests;

/// <summary>
/// Every module in the solution has the template's shape (README, "模块模板 / Module template"), so a new
/// module (Knowledge, Supervision, Archive) is checked from its first commit without editing this file.
/// </summary>
public class ModuleTemplateTests
{
    public static TheoryData<string> Modules() => [.. HotlineProjects.Modules.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Modules))]
    public void The_root_holds_only_the_entry_point_imports_and_project_file(string module) =>
        Assert.Empty(ModuleDirs(module).SelectMany(ModuleTemplateRules.RootFileViolations));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_and_Persistence_exist(string module)
    {
        var m = Module(module);
        // A split module's Domain is its own project; Persistence/ sits with the services in the Application project.
        var missing = m.DomainPart is null
            ? ModuleTemplateRules.MissingFolders(Dir(m.Implementation))
            : ModuleTemplateRules.MissingFolders(Dir(m.ServicesHolder)).Where(f => f != "Domain");
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void No_technical_layer_folder_at_the_root(string module) =>
        Assert.Empty(ModuleDirs(module).SelectMany(ModuleTemplateRules.ForbiddenFolderViolations));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_capability_folder_has_a_registration_the_entry_point_calls(string module)
    {
        var m = Module(module);
        Assert.Empty(ModuleTemplateRules.RegistrationViolations(Dir(m.Implementation), m.ApplicationPart is { } app ? Dir(app) : null));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_types_use_no_EF_Core_ASP_NET_or_MudBlazor(string module)
    {
        var project = Module(module).DomainHolder;
        Assert.Empty(ModuleTemplateRules.DomainDependencyViolations(HotlineProjects.Load(project), $"Hotline.{module}.Domain"));
    }

    [Theory]
    [MemberData(nameof(SplitModules))]
    public void A_domain_project_references_no_database_web_or_UI_assembly(string module) =>
        Assert.Empty(ModuleTemplateRules.DomainReferenceViolations(HotlineProjects.Load(Module(module).DomainPart!)));

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_status_is_set_only_inside_its_entity(string module)
    {
        var project = Module(module).DomainHolder;
        Assert.Empty(ModuleTemplateRules.StatusSetterViolations(HotlineProjects.Load(project), $"Hotline.{module}.Domain"));
    }

    /// <summary>Modules grown into Hotline.&lt;Name&gt;, .Application and .Domain (README, "模块模板").</summary>
    public static TheoryData<string> SplitModules() => [.. HotlineProjects.Modules.Where(m => m.DomainPart is not null).Select(m => m.Name)];

    private static Module Module(string module) => HotlineProjects.Modules.Single(m => m.Name == module);

    // The Domain project holds entities at its root, so the root and folder checks cover the other parts only.
    private static IEnumerable<string> ModuleDirs(string module) =>
        new[] { Module(module).Implementation, Module(module).ApplicationPart }.OfType<SolutionProject>().Select(Dir);

    private static string Dir(SolutionProject project) => Path.GetDirectoryName(project.FullPath)!;
}
