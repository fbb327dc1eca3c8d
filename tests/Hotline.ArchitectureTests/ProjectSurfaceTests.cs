using System.Reflection;
using Hotline.ArchitectureTests.Discovery;
using Hotline.Platform.Messaging;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hotline.ArchitectureTests;

/// <summary>
/// Every project has a public-surface rule. Modules: ModuleSurfaceTests (entry point and components only).
/// Contracts: only what a contract is made of. Kernel, building blocks, Platform and its admin pages, demo data and the host: a listed
/// surface in PublicSurface/&lt;Assembly&gt;.txt, so that a new public type is a visible, reviewed decision
/// (add its line in the same commit, or rewrite the list with HOTLINE_BLESS_SURFACE=1) rather than a default. Migrations: only what EF generates.
/// </summary>
public class ProjectSurfaceTests
{
    public static TheoryData<string> ListedProjects() =>
        [.. HotlineProjects.Source
            .Where(p => HotlineProjects.LayerOf(p) is Layer.Kernel or Layer.BuildingBlock or Layer.Platform or Layer.PlatformAdmin or Layer.Demo or Layer.Host)
            .Select(p => p.AssemblyName)];

    [Theory]
    [MemberData(nameof(ListedProjects))]
    public void Public_types_are_only_the_listed_ones(string assemblyName)
    {
        var file = Path.Combine(SolutionFile.RepositoryRoot, "tests", "Hotline.ArchitectureTests", "PublicSurface", assemblyName + ".txt");
        var exported = ExportedNames(HotlineProjects.Load(HotlineProjects.ByAssembly(assemblyName)));
        // HOTLINE_BLESS_SURFACE=1 rewrites the list from the build (after a split or a reviewed widening); the diff is the review.
        if (Environment.GetEnvironmentVariable("HOTLINE_BLESS_SURFACE") == "1")
            File.WriteAllLines(file, exported);
        Assert.True(File.Exists(file), $"{file} is missing; it lists the public types of {assemblyName}, one full name a line.");
        var allowed = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var unlisted = exported.Where(t => !allowed.Contains(t)).ToList();
        Assert.Empty(unlisted);
    }

    [Fact]
    public void Contracts_export_only_events_records_interfaces_enums_and_static_helpers()
    {
        var violations = HotlineProjects.Source
            .Where(p => HotlineProjects.LayerOf(p) == Layer.Contracts)
            .SelectMany(p => HotlineProjects.Load(p).GetExportedTypes())
            .Where(t => !(t.IsInterface || t.IsEnum || IsRecord(t) || (t.IsAbstract && t.IsSealed) || typeof(IntegrationEvent).IsAssignableFrom(t)))
            .Select(t => t.FullName!)
            .ToList();
        Assert.Empty(violations);
    }

    [Fact]
    public void Migrations_export_only_migrations_snapshots_and_design_time_factories()
    {
        var violations = HotlineProjects.Source
            .Where(p => HotlineProjects.LayerOf(p) == Layer.Migrations)
            .SelectMany(p => HotlineProjects.Load(p).GetExportedTypes())
            .Where(t => !(typeof(Migration).IsAssignableFrom(t) || typeof(ModelSnapshot).IsAssignableFrom(t)
                || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition().Name.StartsWith("IDesignTimeDbContextFactory", StringComparison.Ordinal))))
            .Select(t => t.FullName!)
            .ToList();
        Assert.Empty(violations);
    }

    /// <summary>The sorted full names of an assembly's public types (nested ones with '+').</summary>
    public static IReadOnlyList<string> ExportedNames(Assembly assembly) =>
        assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
}
