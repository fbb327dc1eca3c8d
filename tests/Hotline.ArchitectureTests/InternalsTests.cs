using System.Xml.Linq;
using Hotline.ArchitectureTests.Discovery;

namespace Hotline.ArchitectureTests;

/// <summary>
/// `internal` means internal: a project shows its internals to tests and benchmarks, to the upper parts of its own
/// split module, and to the demo data that fills its tables (the reviewed list below) — never to another project of the
/// application, which would make a boundary of the build a boundary by convention.
/// </summary>
public class InternalsTests
{
    /// <summary>The projects whose internals the demo data uses: their entities, the demo county's codes, the scale hooks.</summary>
    private static readonly string[] DemoDataFills = ["Hotline.Platform", "Hotline.Administration.Domain", "Hotline.Administration.Application", "Hotline.Knowledge.Application"];

    [Fact]
    public void Internals_go_to_tests_benchmarks_the_modules_own_parts_and_the_demo_data_only()
    {
        var violations = HotlineProjects.Source
            .SelectMany(p => FriendsOf(p).Where(friend => !Allowed(p, friend)).Select(friend => $"{p.Name} -> {friend}"))
            .ToList();
        Assert.Empty(violations);
    }

    private static bool Allowed(SolutionProject project, string friend) =>
        IsTestOrBenchmark(friend)
        || (friend == "Hotline.DemoData" && DemoDataFills.Contains(project.Name))
        || HotlineProjects.Source.Any(other => other.AssemblyName == friend
            && HotlineProjects.LayerOf(other) == Layer.Module && HotlineProjects.LayerOf(project) == Layer.Module
            && HotlineProjects.OwnerOf(other) == HotlineProjects.OwnerOf(project));

    private static bool IsTestOrBenchmark(string assembly) =>
        assembly.EndsWith("Tests", StringComparison.Ordinal) || assembly == "Hotline.E2E"
        || assembly.StartsWith("Hotline.Benchmarks", StringComparison.Ordinal);

    private static IEnumerable<string> FriendsOf(SolutionProject project) =>
        XDocument.Load(project.FullPath).Descendants("InternalsVisibleTo")
            .Select(e => (string?)e.Attribute("Include")).OfType<string>();
}
