using System.Text.RegularExpressions;

namespace Hotline.ArchitectureTests.Discovery;

/// <summary>A C# project listed in the solution, with its path relative to the repository root.</summary>
public sealed record SolutionProject(string Name, string RelativePath)
{
    public string FullPath => Path.Combine(SolutionFile.RepositoryRoot, RelativePath);

    /// <summary>The assembly the project builds: its AssemblyName if the project file sets one, else its file name.</summary>
    public string AssemblyName => ProjectFile.AssemblyName(FullPath) ?? Path.GetFileNameWithoutExtension(RelativePath);

    public override string ToString() => Name;
}

/// <summary>
/// Reads Hotline.Blazor.sln, the single list of what the repository builds, so that a project
/// added later (a new module) is covered by the rules without editing the tests.
/// </summary>
public static partial class SolutionFile
{
    public const string FileName = "Hotline.Blazor.sln";

    public static string RepositoryRoot { get; } = FindRoot();

    public static IReadOnlyList<SolutionProject> Projects { get; } = Parse(File.ReadAllText(Path.Combine(RepositoryRoot, FileName)));

    /// <summary>Project entries look like: Project("{type}") = "Name", "src\Dir\Name.csproj", "{id}". Solution folders have no .csproj path.</summary>
    public static IReadOnlyList<SolutionProject> Parse(string solutionText) =>
        ProjectLine().Matches(solutionText)
            .Select(m => new SolutionProject(m.Groups["name"].Value, m.Groups["path"].Value.Replace('\\', '/')))
            .Where(p => p.RelativePath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .ToList();

    // The tests run from tests/Hotline.ArchitectureTests/bin/<Configuration>/net10.0; walk up to the solution.
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, FileName)))
                return dir.FullName;
        }
        throw new InvalidOperationException($"{FileName} not found above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("""^Project\("\{[^}]+\}"\)\s*=\s*"(?<name>[^"]+)",\s*"(?<path>[^"]+)"\s*,""", RegexOptions.Multiline)]
    private static partial Regex ProjectLine();
}
