using Hotline.Platform.Search;

namespace Hotline.Assessment.Analysis.Hotspots;

internal sealed record TopicText(Guid CaseId, string CaseNumber, string Text, bool IsConfidential, DateTime RegisteredAtUtc);

/// <summary>A high-frequency topic: its phrase, how many cases speak of it, the words that came with it, a few cases.</summary>
internal sealed record Topic(string Phrase, int Cases, IReadOnlyList<string> Related, IReadOnlyList<TopicText> Samples);

/// <summary>
/// 高频热点: segments each case's text into words with SmartCn (as the knowledge search does), counts in how many cases
/// each word and each run of up to three adjacent words occurs, and groups terms that mostly name the same cases into one
/// topic, named by its most specific phrase (施工噪音扰民 rather than 噪音).
/// </summary>
internal static class TopicFinder
{
    public const int MinCases = 2;
    public const int SamplesPerTopic = 3;
    public const int MaxWords = 3;

    /// <summary>Words every request uses: they say nothing about what the request is about.</summary>
    private static readonly HashSet<string> Filler =
    [
        "反映", "来电", "市民", "群众", "希望", "问题", "处理", "要求", "相关", "部门", "进行", "现在", "已经", "没有", "一直", "这个",
        "我们", "他们", "目前", "情况", "表示", "咨询", "诉求", "解决", "工作", "可以", "是否", "因为", "所以", "但是", "如果", "还是",
        "时候", "自己", "什么", "怎么", "知道", "不能", "不是", "需要", "有关", "请求", "尽快", "协调", "帮助", "联系", "电话", "告知",
        "存在", "导致", "影响", "造成", "严重", "多次", "一个", "这样", "那么", "每天", "经常", "近期", "最近", "期间", "至今", "仍然",
    ];

    public static IReadOnlyList<Topic> Find(IReadOnlyList<TopicText> cases, int topics)
    {
        var termCases = new Dictionary<string, HashSet<int>>();
        var wordsIn = new Dictionary<string, int>();
        for (var i = 0; i < cases.Count; i++)
        {
            var words = ChineseText.Words(cases[i].Text);
            for (var w = 0; w < words.Count; w++)
            {
                // Runs of up to three meaningful words: 噪音, 噪音扰民, 施工噪音扰民.
                for (var n = 1; n <= MaxWords && w + n <= words.Count && Meaningful(words[w + n - 1]); n++)
                {
                    var term = string.Concat(words.Skip(w).Take(n));
                    Count(termCases, term, i);
                    wordsIn[term] = n;
                }
            }
        }

        // Most cases first; among equals the longer phrase, so a phrase names its topic before the words in it.
        var ranked = termCases.Where(t => t.Value.Count >= MinCases)
            .OrderByDescending(t => t.Value.Count).ThenByDescending(t => wordsIn[t.Key]).ThenByDescending(t => t.Key.Length).ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        var chosen = new List<(string Phrase, HashSet<int> Cases, List<string> Related)>();
        foreach (var (term, members) in ranked)
        {
            var index = chosen.FindIndex(c => Overlap(c.Cases, members) >= 0.6);
            if (index < 0)
            {
                if (chosen.Count < topics)
                    chosen.Add((term, members, []));
                continue;
            }
            var same = chosen[index];
            // A longer phrase that nearly all of the topic's cases share is the better name (噪音 → 施工噪音).
            if (term.Contains(same.Phrase) && wordsIn[term] > wordsIn[same.Phrase] && members.Count * 5 >= same.Cases.Count * 4)
            {
                chosen[index] = (term, same.Cases, same.Related);
                continue;
            }
            if (!same.Phrase.Contains(term) && !term.Contains(same.Phrase) && same.Related.Count < 5 && !same.Related.Any(r => r.Contains(term) || term.Contains(r)))
                same.Related.Add(term);
        }
        return [.. chosen.Select(c => new Topic(c.Phrase, c.Cases.Count, c.Related,
            [.. c.Cases.Select(i => cases[i]).Where(x => !x.IsConfidential).OrderByDescending(x => x.RegisteredAtUtc).Take(SamplesPerTopic)]))];
    }

    private static bool Meaningful(string word) =>
        word.Length >= 2 && word.Any(IsCjk) && word.All(c => IsCjk(c) || char.IsLetterOrDigit(c)) && !Filler.Contains(word);

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static void Count(Dictionary<string, HashSet<int>> terms, string term, int caseIndex)
    {
        if (!terms.TryGetValue(term, out var set))
            terms[term] = set = [];
        set.Add(caseIndex);
    }

    private static double Overlap(HashSet<int> a, HashSet<int> b) =>
        (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
}
