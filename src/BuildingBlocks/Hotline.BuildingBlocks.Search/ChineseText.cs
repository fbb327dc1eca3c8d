using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Hotline.Platform.Search;

/// <summary>
/// Chinese text as every search of the product sees it: SmartCn words (小区|物业|费|收费|标准) for precision, CJK bigrams
/// (小区|区物|物业…) for recall and for words a dictionary does not know. One analysis, so the knowledge search, the
/// case list's keyword, the archive's keyword and the hotspot topics agree on what a word is.
/// </summary>
public static class ChineseText
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Analyzers keep their token streams per thread, so one instance serves every caller.
    private static readonly Lazy<Analyzer> SharedWords = new(() => new SmartChineseAnalyzer(Version));

    public static Analyzer WordAnalyzer() => new SmartChineseAnalyzer(Version);

    public static Analyzer BigramAnalyzer() => new CJKAnalyzer(Version);

    /// <summary>The SmartCn words of a text in order, repeats included; none for blank text.</summary>
    public static List<string> Words(string? text) => Tokens(SharedWords.Value, "text", text);

    /// <summary>The terms an analyzer makes of a text, as the index made them of the same field.</summary>
    public static List<string> Tokens(Analyzer analyzer, string field, string? text) =>
        Positions(analyzer, field, text).Select(t => t.Term).ToList();

    /// <summary>The terms with their positions, e.g. for a phrase that must appear as written.</summary>
    public static List<(string Term, int Position)> Positions(Analyzer analyzer, string field, string? text)
    {
        var terms = new List<(string, int)>();
        if (string.IsNullOrWhiteSpace(text))
            return terms;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return terms;
    }
}
