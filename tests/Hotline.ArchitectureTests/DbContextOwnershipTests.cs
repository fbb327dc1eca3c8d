using Hotline.ArchitectureTests.Discovery;
using Hotline.ArchitectureTests.Rules;
using Microsoft.EntityFrameworkCore;

namespace Hotline.ArchitectureTests;

/// <summary>
/// A module reads and writes only its own tables: no type of a module (or of a Contracts project) names a
/// DbContext defined outside its module, Platform's PlatformDbContext and SchemaDbContext included.
/// Other modules' data is reached through their Contracts; Platform's through its services.
/// </summary>
public class DbContextOwnershipTests
{
    [Fact]
    public void No_module_uses_a_DbContext_it_does_not_own()
    {
        var contexts = HotlineProjects.Source
            .Where(p => HotlineProjects.LayerOf(p) is Layer.Kernel or Layer.BuildingBlock or Layer.Platform or Layer.PlatformAdmin or Layer.Module or Layer.Contracts)
            .Select(p => (Project: p, Contexts: DbContextTypeNames(HotlineProjects.Load(p))))
            .ToList();
        Assert.Contains(contexts, c => c.Contexts.Contains("Hotline.Platform.Persistence.PlatformDbContext"));

        var violations = new List<string>();
        foreach (var subject in HotlineProjects.Source.Where(p => HotlineProjects.LayerOf(p) is Layer.Module or Layer.Contracts))
        {
            // A split module's pages and services use the context its Application part defines: same owner.
            var foreign = contexts.Where(c => HotlineProjects.OwnerOf(c.Project) != HotlineProjects.OwnerOf(subject)).SelectMany(c => c.Contexts).ToList();
            violations.AddRange(TypeDependencyRules.TypesUsingAny(HotlineProjects.Load(subject), foreign).Select(t => $"{subject.Name}: {t}"));
        }
        Assert.Empty(violations);
    }

    private static IReadOnlyList<string> DbContextTypeNames(System.Reflection.Assembly assembly) =>
        assembly.GetTypes()
            // Abstract bases (ModuleDbContext) are the template every module derives from, not someone's tables.
            .Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsNested && !t.IsAbstract)
            .Select(t => t.FullName!)
            .ToList();
}
