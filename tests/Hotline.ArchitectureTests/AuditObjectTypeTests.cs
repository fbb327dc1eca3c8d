using System.Text.RegularExpressions;
using Hotline.ArchitectureTests.Discovery;

namespace Hotline.ArchitectureTests;

/// <summary>
/// Every kind of object written to the audit log has a Chinese label (and, where one exists, a link) registered with
/// <c>AddAuditObjectType</c>, so the log never shows raw English type names to an administrator.
/// </summary>
public sealed partial class AuditObjectTypeTests
{
    [Fact]
    public void Every_audited_object_type_is_registered_with_a_label()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(SolutionFile.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"))
            .Select(File.ReadAllText).ToList();
        // ApiClients.AuditObject and the like: a file's string constants, named after the file's first class.
        var constants = sources
            .SelectMany(s => ClassName().Match(s) is { Success: true } type
                ? Constant().Matches(s).Select(m => (Key: type.Groups[1].Value + "." + m.Groups["name"].Value, m.Groups["value"].Value))
                : [])
            .GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First().Value);

        var audited = sources.SelectMany(AuditedTypes).ToHashSet();
        var registered = sources.SelectMany(s => Registration().Matches(s))
            .Select(m => m.Groups["literal"].Success ? m.Groups["literal"].Value : constants.GetValueOrDefault(m.Groups["constant"].Value))
            .Where(t => t is not null).ToHashSet();

        Assert.NotEmpty(audited);
        Assert.Empty(audited.Where(t => !registered.Contains(t)).Order());
    }

    /// <summary>The object type argument (the fourth) of each <c>.Audit(actor, clock, action, "Type", …)</c> call given as a literal.</summary>
    private static IEnumerable<string> AuditedTypes(string source)
    {
        foreach (Match call in AuditCall().Matches(source))
        {
            var arguments = TopLevelArguments(source, call.Index + call.Length);
            if (arguments.Count > 3 && StringLiteral().Match(arguments[3].Trim()) is { Success: true } literal)
                yield return literal.Groups[1].Value;
        }
    }

    private static List<string> TopLevelArguments(string source, int start)
    {
        var arguments = new List<string>();
        var depth = 0;
        var inString = false;
        var from = start;
        for (var i = start; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '"' && source[i - 1] != '\\')
                inString = !inString;
            else if (inString)
                continue;
            else if (c is '(' or '[' or '{')
                depth++;
            else if (c is ')' or ']' or '}' && depth > 0)
                depth--;
            else if (c == ')' || (c == ',' && depth == 0))
            {
                arguments.Add(source[from..i]);
                from = i + 1;
                if (c == ')')
                    break;
            }
        }
        return arguments;
    }

    [GeneratedRegex(@"\.Audit\(")]
    private static partial Regex AuditCall();

    [GeneratedRegex(@"^""([A-Za-z]+)""$")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"AddAuditObjectType\(\s*(?:""(?<literal>[A-Za-z]+)""|(?<constant>\w+\.\w+))")]
    private static partial Regex Registration();

    [GeneratedRegex(@"const string (?<name>\w+) = ""(?<value>[A-Za-z]+)"";")]
    private static partial Regex Constant();

    [GeneratedRegex(@"\bclass (\w+)")]
    private static partial Regex ClassName();
}
