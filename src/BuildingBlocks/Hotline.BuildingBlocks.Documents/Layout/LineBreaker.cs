using System.Text;

namespace Hotline.Platform.Documents.Layout;

/// <summary>
/// Breaks text into lines that fit a width, the way Chinese typesetting expects: a break is allowed
/// between any two Chinese characters, but closing punctuation never starts a line and opening
/// punctuation never ends one (kinsoku: the character takes its neighbour with it to the next line
/// instead of hanging outside the box). Latin words and numbers are kept whole and broken at spaces;
/// only a single word wider than the line is cut. A pure function of the text and a width measure.
/// </summary>
internal static class LineBreaker
{
    /// <summary>May not start a line (closing punctuation, CJK and ASCII).</summary>
    public const string NoLineStart = "，。、；：？！）」』》”’〕】〉…％" + ",.;:?!)]}%";

    /// <summary>May not end a line (opening punctuation, CJK and ASCII).</summary>
    public const string NoLineEnd = "（「『《“‘〔【〈" + "([{";

    public static IReadOnlyList<string> Break(string text, double width, Func<string, double> measure) =>
        Break(text, width, width, measure);

    /// <summary>
    /// <paramref name="firstLineWidth"/> lets a paragraph indent its first line (首行缩进) per hard
    /// line. Hard breaks (\n) always break; empty hard lines are kept as empty lines.
    /// </summary>
    public static IReadOnlyList<string> Break(string text, double firstLineWidth, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var hardLine in text.Replace("\r\n", "\n").Split('\n'))
            BreakHardLine(hardLine, firstLineWidth, width, measure, lines);
        return lines;
    }

    private static void BreakHardLine(string text, double firstWidth, double width, Func<string, double> measure, List<string> lines)
    {
        var firstIndex = lines.Count;
        double Limit() => lines.Count == firstIndex ? firstWidth : width;

        var current = new StringBuilder();
        double currentWidth = 0;
        string? pendingSpace = null;

        void Flush()
        {
            lines.Add(current.ToString());
            current.Clear();
            currentWidth = 0;
        }

        foreach (var item in Clusters(text))
        {
            if (item.IsSpace)
            {
                if (current.Length > 0)
                    pendingSpace = item.Text;
                continue;
            }
            var clusterWidth = measure(item.Text);
            var spaceWidth = pendingSpace is null ? 0 : measure(pendingSpace);
            if (current.Length > 0 && currentWidth + spaceWidth + clusterWidth <= Limit() + Tolerance)
            {
                current.Append(pendingSpace).Append(item.Text);
                currentWidth += spaceWidth + clusterWidth;
            }
            else
            {
                if (current.Length > 0)
                    Flush();
                if (clusterWidth <= Limit() + Tolerance)
                {
                    current.Append(item.Text);
                    currentWidth = clusterWidth;
                }
                else
                {
                    PlaceOversized(item.Text);
                }
            }
            pendingSpace = null;
        }
        // Always emit at least one line so an empty hard line keeps its height.
        if (current.Length > 0 || lines.Count == firstIndex)
            Flush();

        // A word (or glued run) wider than the whole line: cut it between text elements, filling
        // each line; the last piece stays open so following text can join it.
        void PlaceOversized(string cluster)
        {
            foreach (var element in TextElements(cluster))
            {
                var w = measure(element);
                if (current.Length > 0 && currentWidth + w > Limit() + Tolerance)
                    Flush();
                current.Append(element);
                currentWidth += w;
            }
        }
    }

    private const double Tolerance = 1e-6;

    internal readonly record struct Item(string Text, bool IsSpace);

    /// <summary>
    /// Unbreakable clusters separated by spaces. A unit is one CJK character (or full-width
    /// punctuation) or a run of other non-space characters (a Latin word, a number such as 3.14).
    /// Units are glued when the next one begins with a no-line-start character or the previous one
    /// ends with a no-line-end character.
    /// </summary>
    internal static List<Item> Clusters(string text)
    {
        var items = new List<Item>();
        var cluster = new StringBuilder();
        string? previousUnit = null;
        var spaceBefore = false;

        void CloseCluster()
        {
            if (cluster.Length > 0)
                items.Add(new Item(cluster.ToString(), false));
            cluster.Clear();
        }

        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsWhiteSpace(text[i]))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                    i++;
                CloseCluster();
                items.Add(new Item(text[start..i], true));
                spaceBefore = true;
                continue;
            }
            if (IsSingleUnit(text[i]))
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            else
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsSingleUnit(text[i]))
                    i++;
            var unit = text[start..i];

            var glueToPrevious = previousUnit is not null &&
                (NoLineStart.Contains(unit[0]) || NoLineEnd.Contains(previousUnit[^1]));
            if (glueToPrevious && spaceBefore)
            {
                // "中文 ，" or "（ 注": the space cannot be a break either, so it joins the cluster.
                var space = items[^1];
                items.RemoveAt(items.Count - 1);
                var previous = items[^1];
                items.RemoveAt(items.Count - 1);
                cluster.Append(previous.Text).Append(space.Text);
            }
            else if (!glueToPrevious)
            {
                CloseCluster();
            }
            cluster.Append(unit);
            previousUnit = unit;
            spaceBefore = false;
        }
        CloseCluster();
        return items;
    }

    /// <summary>Characters that stand alone for breaking: CJK scripts, CJK and full-width punctuation.</summary>
    private static bool IsSingleUnit(char c) =>
        c >= '\u2E80' || (c >= '\u2000' && c <= '\u206F' && (NoLineStart.Contains(c) || NoLineEnd.Contains(c)));

    private static IEnumerable<string> TextElements(string text)
    {
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
            yield return (string)e.Current;
    }
}
