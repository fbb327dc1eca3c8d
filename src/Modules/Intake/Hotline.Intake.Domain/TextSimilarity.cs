using System.Globalization;

namespace Hotline.Intake.Domain;

/// <summary>
/// Similarity of two Chinese texts on character bigrams (Dice coefficient). Chinese has no spaces, so
/// words are approximated by adjacent character pairs; punctuation and spaces are ignored and Latin
/// letters folded to lower case, so "小区停水" and "小区 停水了！" score high.
/// </summary>
internal static class TextSimilarity
{
    public static double Dice(string? a, string? b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count == 0 || y.Count == 0)
            return 0;
        var common = 0;
        var remaining = new Dictionary<string, int>(y);
        foreach (var (gram, count) in x)
        {
            if (remaining.TryGetValue(gram, out var other))
                common += Math.Min(count, other);
        }
        return 2.0 * common / (x.Values.Sum() + y.Values.Sum());
    }

    public static Dictionary<string, int> Bigrams(string? text)
    {
        var chars = Normalize(text);
        var grams = new Dictionary<string, int>();
        for (var i = 0; i + 1 < chars.Count; i++)
        {
            var gram = string.Concat(chars[i], chars[i + 1]);
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }
        return grams;
    }

    /// <summary>Text elements (so surrogate pairs such as rare CJK characters and emoji stay whole), minus punctuation and space.</summary>
    private static List<string> Normalize(string? text)
    {
        var result = new List<string>();
        if (string.IsNullOrEmpty(text))
            return result;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            var category = CharUnicodeInfo.GetUnicodeCategory(element, 0);
            if (char.IsWhiteSpace(element, 0) || char.IsPunctuation(element, 0) || char.IsSymbol(element, 0)
                || category == UnicodeCategory.Control)
                continue;
            result.Add(element.ToLowerInvariant());
        }
        return result;
    }
}
