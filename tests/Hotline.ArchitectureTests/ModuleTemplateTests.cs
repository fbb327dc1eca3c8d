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
        Assert.Empty(ModuleTemplateRules.RootFileViolations(Dir(module)));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_and_Persistence_exist(string module) =>
        Assert.Empty(ModuleTemplateRules.MissingFolders(Dir(module)));

    [Theory]
    [MemberData(nameof(Modules))]
    public void No_technical_layer_folder_at_the_root(string module) =>
        Assert.Empty(ModuleTemplateRules.ForbiddenFolderViolations(Dir(module)));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_capability_folder_has_a_registration_the_entry_point_calls(string module) =>
        Assert.Empty(ModuleTemplateRules.RegistrationViolations(Dir(module)));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_types_use_no_EF_Core_ASP_NET_or_MudBlazor(string module)
    {
        var project = Implementation(module);
        Assert.Empty(ModuleTemplateRules.DomainDependencyViolations(HotlineProjects.Load(project), project.AssemblyName + ".Domain"));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_status_is_set_only_inside_its_entity(string module)
    {
        var project = Implementation(module);
        Assert.Empty(ModuleTemplateRules.StatusSetterViolations(HotlineProjects.Load(project), project.AssemblyName + ".Domain"));
    }

    private static SolutionProject Implementation(string module) => HotlineProjects.Modules.Single(m => m.Name == module).Implementation;

    private static string Dir(string module) => Path.GetDirectoryName(Implementation(module).FullPath)!;
}
