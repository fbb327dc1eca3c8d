using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>
/// The module template (README, "模块模板 / Module template"): the entry point alone at the root, Domain/ and
/// Persistence/, one folder per capability registered by an explicit AddX() the entry point calls, and a
/// Domain that owns its status transitions and knows nothing of EF Core, ASP.NET or MudBlazor.
/// Each check takes a folder or an assembly so the self-tests can run it on a bad sample.
/// </summary>
public static partial class ModuleTemplateRules
{
    /// <summary>Folders at the module root that are not capabilities.</summary>
    public static readonly IReadOnlyList<string> StructuralFolders = ["Domain", "Persistence", "Shared", "Public", "wwwroot"];

    /// <summary>Technical-layer folders the template replaces with capability folders.</summary>
    public static readonly IReadOnlyList<string> ForbiddenFolders = ["Application", "Handlers", "Events", "Components", "Pages", "Admin"];

    public static readonly IReadOnlyList<string> RequiredFolders = ["Domain", "Persistence"];

    /// <summary>What Domain types must not use: the database, the web framework and the UI library.</summary>
    public static readonly IReadOnlyList<string> ForbiddenInDomain = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MudBlazor"];

    /// <summary>Files at the root other than the entry point (*Module.cs), _Imports.razor and the project file.</summary>
    public static IReadOnlyList<string> RootFileViolations(string moduleDir) =>
        Directory.GetFiles(moduleDir)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(f => !IsEntryPoint(f) && f != "_Imports.razor" && !f.EndsWith(".csproj", StringComparison.Ordinal) && !f.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> MissingFolders(string moduleDir) =>
        RequiredFolders.Where(f => !Directory.Exists(Path.Combine(moduleDir, f))).ToList();

    public static IReadOnlyList<string> ForbiddenFolderViolations(string moduleDir) =>
        TopFolders(moduleDir).Where(ForbiddenFolders.Contains).ToList();

    /// <summary>Top-level folders that hold a capability (everything but the structural ones).</summary>
    public static IReadOnlyList<string> CapabilityFolders(string moduleDir) =>
        TopFolders(moduleDir).Where(f => !StructuralFolders.Contains(f)).ToList();

    /// <summary>
    /// "Folder: why" for each capability folder without a *Registration.cs declaring
    /// <c>AddX(this IServiceCollection …)</c>, or whose AddX the entry point (*Module.cs at the root) does not call.
    /// </summary>
    /// A split module's Application project (<paramref name="applicationDir"/>) keeps the same capability folders,
    /// registered from the module project beside the pages.
    public static IReadOnlyList<string> RegistrationViolations(string moduleDir, string? applicationDir = null)
    {
        var entryPoint = string.Join('\n', Directory.GetFiles(moduleDir, "*Module.cs").Where(f => IsEntryPoint(Path.GetFileName(f))).Select(File.ReadAllText));
        var violations = new List<string>();
        var folders = CapabilityFolders(moduleDir).Union(applicationDir is null ? [] : CapabilityFolders(applicationDir)).Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var folderDir = Path.Combine(moduleDir, folder);
            var registrations = Directory.Exists(folderDir) ? Directory.GetFiles(folderDir, "*Registration.cs") : [];
            if (registrations.Length == 0)
            {
                violations.Add($"{folder}: no *Registration.cs");
                continue;
            }
            var methods = registrations.SelectMany(f => AddMethod().Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value)).ToList();
            if (methods.Count == 0)
                violations.Add($"{folder}: its registration declares no Add…(this IServiceCollection …)");
            else if (!methods.Any(m => Regex.IsMatch(entryPoint, $@"\.{m}\s*\(")))
                violations.Add($"{folder}: the entry point does not call {string.Join(" or ", methods)}()");
        }
        return violations;
    }

    /// <summary>Assemblies of the database, the web framework or the UI library that a compiled Domain project references.</summary>
    public static IReadOnlyList<string> DomainReferenceViolations(Assembly domainAssembly) =>
        domainAssembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => ForbiddenInDomain.Any(f => name.StartsWith(f, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Domain types (namespace <paramref name="domainNamespace"/> and below) that use EF Core, ASP.NET or MudBlazor.</summary>
    public static IReadOnlyList<string> DomainDependencyViolations(Assembly assembly, string domainNamespace)
    {
        var result = Types.InAssembly(assembly).That().ResideInNamespace(domainNamespace)
            .ShouldNot().HaveDependencyOnAny([.. ForbiddenInDomain]).GetResult();
        return result.FailingTypeNames?.Order(StringComparer.Ordinal).ToList() ?? [];
    }

    /// <summary>
    /// "Type.Property" for each property named Status or ending in Status on a Domain type whose setter other code
    /// can call (public, internal or protected internal, init included): a status changes only through the entity's steps.
    /// </summary>
    public static IReadOnlyList<string> StatusSetterViolations(Assembly assembly, string domainNamespace) =>
        LoadableTypes(assembly)
            .Where(t => t.Namespace is { } ns && (ns == domainNamespace || ns.StartsWith(domainNamespace + ".", StringComparison.Ordinal)))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(p => p.Name.EndsWith("Status", StringComparison.Ordinal))
                .Where(p => p.SetMethod is { } set && (set.IsPublic || set.IsAssembly || set.IsFamilyOrAssembly))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>"DispatchModule.cs", not a partial "DispatchModule.Returns.cs".</summary>
    private static bool IsEntryPoint(string fileName) =>
        fileName.EndsWith("Module.cs", StringComparison.Ordinal) && fileName.Count(c => c == '.') == 1;

    private static IEnumerable<string> TopFolders(string moduleDir) =>
        Directory.GetDirectories(moduleDir)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(d => d is not ("bin" or "obj") && !d.StartsWith('.'))
            .Order(StringComparer.Ordinal);

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

    [GeneratedRegex(@"static\s+IServiceCollection\s+(?<name>Add\w+)\s*\(\s*this\s+IServiceCollection\b")]
    private static partial Regex AddMethod();
}
