using System.Reflection;
using Hotline.ArchitectureTests.Discovery;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>Forbidden references, checked twice: in the project file (even if unused) and in the compiled assembly.</summary>
public static class ReferenceRules
{
    /// <summary>
    /// The forbidden assemblies the compiled assembly references. Names match exactly, so forbidding
    /// Hotline.Intake does not forbid Hotline.Intake.Contracts.
    /// </summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, IEnumerable<string> forbiddenAssemblies)
    {
        var forbidden = forbiddenAssemblies.ToHashSet(StringComparer.Ordinal);
        return assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(forbidden.Contains)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The forbidden projects a project file references, whether or not the code uses them yet.</summary>
    public static IReadOnlyList<string> ProjectViolations(SolutionProject project, IEnumerable<SolutionProject> forbiddenProjects)
    {
        var forbidden = forbiddenProjects.Select(p => Path.GetFileNameWithoutExtension(p.RelativePath)).ToHashSet(StringComparer.Ordinal);
        return ProjectFile.ProjectReferences(project.FullPath)
            .Where(forbidden.Contains)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
