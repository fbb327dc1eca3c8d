using System.Reflection;
using Hotline.Platform.Modules;
using Microsoft.AspNetCore.Components;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>
/// A module shows the rest of the application only its registration entry point (IHotlineModule)
/// and its Razor components; everything else is internal, and what others may use lives in Contracts.
/// Razor generates components as public classes, so C# forces whatever they expose (a parameter's type,
/// that type's public properties, ...) to be public too: those types are allowed, nothing else.
/// </summary>
public static class PublicSurfaceRules
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Violations(Assembly module) => Violations([module]);

    /// <summary>A split module's parts together: a component may expose a view record its Application part defines.</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyList<Assembly> moduleParts)
    {
        var exported = moduleParts.SelectMany(a => a.GetExportedTypes()).ToList();
        var allowed = ForcedPublic(moduleParts, exported.Where(IsEntryPointOrComponent));
        return exported
            .Where(t => !allowed.Contains(t))
            .Select(t => t.FullName ?? t.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<Type> EntryPoints(Assembly module) =>
        module.GetExportedTypes()
            .Where(t => typeof(IHotlineModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .ToList();

    private static bool IsEntryPointOrComponent(Type type) =>
        typeof(IComponent).IsAssignableFrom(type)
        || typeof(IHotlineModule).IsAssignableFrom(type)
        // Razor compiles each _Imports.razor into a public class of that name; its accessibility is not ours to choose.
        || type.Name == "_Imports";

    /// <summary>The roots plus every type of the module that their public or protected signatures expose, transitively.</summary>
    private static HashSet<Type> ForcedPublic(IReadOnlyList<Assembly> moduleParts, IEnumerable<Type> roots)
    {
        var allowed = new HashSet<Type>();
        var pending = new Queue<Type>();
        foreach (var root in roots)
        {
            if (allowed.Add(root))
                pending.Enqueue(root);
        }
        while (pending.TryDequeue(out var type))
        {
            foreach (var exposed in ExposedTypes(type).SelectMany(Constituents))
            {
                if (moduleParts.Contains(exposed.Assembly) && exposed.IsVisible && allowed.Add(exposed))
                    pending.Enqueue(exposed);
            }
        }
        return allowed;
    }

    private static IEnumerable<Type> ExposedTypes(Type type)
    {
        if (type.BaseType is { } baseType)
            yield return baseType;
        foreach (var contract in type.GetInterfaces())
            yield return contract;
        foreach (var nested in type.GetNestedTypes(Declared).Where(n => n.IsNestedPublic || n.IsNestedFamily || n.IsNestedFamORAssem))
            yield return nested;
        foreach (var field in type.GetFields(Declared).Where(f => Visible(f.IsPublic, f.IsFamily, f.IsFamilyOrAssembly)))
            yield return field.FieldType;
        foreach (var property in type.GetProperties(Declared))
        {
            var accessors = property.GetAccessors(nonPublic: true);
            if (!accessors.Any(Visible))
                continue;
            yield return property.PropertyType;
            foreach (var index in property.GetIndexParameters())
                yield return index.ParameterType;
        }
        foreach (var method in type.GetMethods(Declared).Where(Visible))
        {
            yield return method.ReturnType;
            foreach (var parameter in method.GetParameters())
                yield return parameter.ParameterType;
        }
        foreach (var constructor in type.GetConstructors(Declared).Where(Visible))
        {
            foreach (var parameter in constructor.GetParameters())
                yield return parameter.ParameterType;
        }
        foreach (var e in type.GetEvents(Declared).Where(e => e.AddMethod is { } add && Visible(add)))
            yield return e.EventHandlerType!;
    }

    private static bool Visible(MethodBase method) => Visible(method.IsPublic, method.IsFamily, method.IsFamilyOrAssembly);

    private static bool Visible(bool isPublic, bool isFamily, bool isFamilyOrAssembly) => isPublic || isFamily || isFamilyOrAssembly;

    /// <summary>A type and the types it is built from: array and by-ref elements, generic arguments, a type parameter's constraints.</summary>
    private static IEnumerable<Type> Constituents(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Constituents(type.GetElementType()!))
                yield return inner;
            yield break;
        }
        // A public generic component's constraints must be public too (C# forces it), like its parameters' types.
        if (type.IsGenericParameter)
        {
            foreach (var constraint in type.GetGenericParameterConstraints().SelectMany(Constituents))
                yield return constraint;
            yield break;
        }
        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Constituents))
                yield return argument;
        }
    }
}
