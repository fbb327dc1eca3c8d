using Hotline.ArchitectureTests.Discovery;
using Hotline.ArchitectureTests.Rules;

namespace Hotline.ArchitectureTests;

/// <summary>
/// One row per restricted project found in the solution (kernel, building blocks, Platform, every module,
/// every Contracts project), so a project added later is checked without editing this file.
/// A module may use Platform, building blocks, the kernel and other modules' Contracts; Contracts may use
/// only the shared kernel; building blocks may use the kernel; Platform may use no module and not the host.
/// </summary>
public class ModuleBoundaryTests
{
    public static TheoryData<string> Subjects() => [.. Boundaries.Subjects.Select(p => p.AssemblyName)];

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Project_file_references_no_forbidden_project(string subject)
    {
        var project = HotlineProjects.ByAssembly(subject);
        Assert.Empty(ReferenceRules.ProjectViolations(project, Boundaries.ForbiddenFor(project)));
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Compiled_assembly_references_no_forbidden_assembly(string subject)
    {
        var project = HotlineProjects.ByAssembly(subject);
        var forbidden = Boundaries.ForbiddenFor(project).Select(p => p.AssemblyName);
        Assert.Empty(ReferenceRules.Violations(HotlineProjects.Load(project), forbidden));
    }

    /// <summary>Also catches a page rendering another module's component: the markup compiles to a use of its type.</summary>
    [Theory]
    [MemberData(nameof(Subjects))]
    public void No_type_uses_a_type_of_a_forbidden_assembly(string subject)
    {
        var project = HotlineProjects.ByAssembly(subject);
        var forbidden = Boundaries.ForbiddenFor(project).Select(HotlineProjects.Load);
        Assert.Empty(TypeDependencyRules.Violations(HotlineProjects.Load(project), forbidden));
    }
}
