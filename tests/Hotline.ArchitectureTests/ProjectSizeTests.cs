using Hotline.ArchitectureTests.Discovery;

namespace Hotline.ArchitectureTests;

/// <summary>
/// Issue #12's size rule: no project holds more than 4,000 hand-written lines (C# and Razor, blank lines counted,
/// generated migrations and build output left out), so a module that grows past it is split along the template
/// (Hotline.&lt;Name&gt;, .Application, .Domain) before it becomes the next Platform.
/// </summary>
public class ProjectSizeTests
{
    public const int MaxLines = 4_000;

    public static TheoryData<string> Projects() =>
        [.. HotlineProjects.Source.Where(p => HotlineProjects.LayerOf(p) is not Layer.Migrations).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_project_stays_within_its_size(string project)
    {
        var lines = HandWrittenLines(Path.GetDirectoryName(HotlineProjects.Source.Single(p => p.Name == project).FullPath)!);
        Assert.True(lines <= MaxLines, $"{project} has {lines:N0} hand-written lines (limit {MaxLines:N0}): split it along the module template.");
    }

    public static int HandWrittenLines(string projectDirectory) =>
        Directory.EnumerateFiles(projectDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(projectDirectory, f).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or "Migrations"))
            .Sum(f => File.ReadLines(f).Count());
}
