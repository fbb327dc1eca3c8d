using System.Reflection;
using NetArchTest.Rules;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>
/// Type-level check with NetArchTest: no type of the subject uses a type defined in a forbidden
/// assembly — a service, an entity, or a Razor component rendered from markup.
/// </summary>
public static class TypeDependencyRules
{
    /// <summary>Lines "SubjectType -> ForbiddenAssembly", one per offending type and forbidden assembly.</summary>
    public static IReadOnlyList<string> Violations(Assembly subject, IEnumerable<Assembly> forbiddenAssemblies)
    {
        var violations = new List<string>();
        foreach (var forbidden in forbiddenAssemblies)
        {
            // Whole type names rather than namespaces: NetArchTest matches a namespace with everything
            // below it, and Hotline.Intake.Contracts lies below Hotline.Intake yet is allowed.
            violations.AddRange(TypesUsingAny(subject, DefinedTypeNames(forbidden)).Select(t => $"{t} -> {forbidden.GetName().Name}"));
        }
        return violations.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Full names of the subject's types that use any of the named types.</summary>
    public static IReadOnlyList<string> TypesUsingAny(Assembly subject, IReadOnlyCollection<string> typeNames)
    {
        if (typeNames.Count == 0)
            return [];
        var result = Types.InAssembly(subject).ShouldNot().HaveDependencyOnAny([.. typeNames]).GetResult();
        return result.FailingTypeNames?.ToList() ?? [];
    }

    /// <summary>Full names of the top-level types an assembly defines; nested types are matched through their parent.</summary>
    public static string[] DefinedTypeNames(Assembly assembly) =>
        LoadableTypes(assembly)
            .Where(t => !t.IsNested && !string.IsNullOrEmpty(t.Namespace) && !t.Name.StartsWith('<'))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
