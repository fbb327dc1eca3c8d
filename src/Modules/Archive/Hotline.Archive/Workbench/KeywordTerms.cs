using Hotline.Platform.Search;

namespace Hotline.Archive.Workbench;

/// <summary>
/// The words a clerk's keyword stands for, segmented with SmartCn as the knowledge search does: "维修电梯" and
/// "电梯 维修" both find "电梯停运多日无人维修". Every word must appear in the record; single characters are dropped
/// when real words are there (they would match nearly everything).
/// </summary>
internal static class KeywordTerms
{
    public static IReadOnlyList<string> Of(string keyword)
    {
        var distinct = ChineseText.Words(keyword).Distinct().ToList();
        if (distinct.Any(w => w.Length > 1))
            distinct.RemoveAll(w => w.Length == 1);
        return distinct.Count == 0 ? [keyword] : distinct;
    }
}
