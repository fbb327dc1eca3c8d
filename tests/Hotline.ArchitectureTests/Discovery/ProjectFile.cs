using System.Xml.Linq;

namespace Hotline.ArchitectureTests.Discovery;

/// <summary>What the architecture rules need from a .csproj: its project references and an explicit assembly name.</summary>
public static class ProjectFile
{
    /// <summary>File names (without .csproj) of the projects this project references directly.</summary>
    public static IReadOnlyList<string> ProjectReferences(string projectPath) =>
        Load(projectPath).Descendants("ProjectReference")
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .ToList();

    public static string? AssemblyName(string projectPath) =>
        Load(projectPath).Descendants("AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0);

    private static XDocument Load(string projectPath) => XDocument.Load(projectPath);
}
