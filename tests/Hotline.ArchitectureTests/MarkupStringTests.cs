using System.Text.RegularExpressions;
using Hotline.ArchitectureTests.Discovery;

namespace Hotline.ArchitectureTests;

/// <summary>
/// Issue #13: Blazor escapes everything it renders except a <c>MarkupString</c>. Raw HTML may come only from the
/// sanitizer (Markdig + HtmlSanitizer in ArticleMarkdown) or from the search highlighter, which HTML-encodes the text
/// around its marks; any other raw HTML is a way for user input to render live.
/// </summary>
public sealed partial class MarkupStringTests
{
    private static readonly string[] Allowed = ["ArticleMarkdown.ToSafeHtml(", ".SnippetHtml"];

    [Fact]
    public void Raw_html_is_rendered_only_from_the_sanitizer_or_the_encoding_highlighter()
    {
        var src = Path.Combine(SolutionFile.RepositoryRoot, "src");
        var offenders = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor") || f.EndsWith(".cs")) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => RawHtml().Matches(File.ReadAllText(f))
                .Where(m => !Allowed.Any(a => m.Groups[1].Value.Contains(a, StringComparison.Ordinal)))
                .Select(m => $"{Path.GetRelativePath(src, f)}: {m.Value}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_check_finds_a_markup_string_made_from_anything_else()
    {
        Assert.Matches(RawHtml(), "@((MarkupString)_caller.Name)");
        Assert.DoesNotContain(Allowed, a => RawHtml().Match("@((MarkupString)_caller.Name)").Groups[1].Value.Contains(a));
    }

    [GeneratedRegex(@"\(MarkupString\)\s*([^\r\n]*)")]
    private static partial Regex RawHtml();
}
