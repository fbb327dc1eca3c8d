using Hotline.Platform.Settings;

namespace Hotline.Knowledge.Search;

/// <summary>
/// Synonym groups (公积金 ↔ 住房公积金, 物业费 ↔ 物业服务费): a query containing one word of a group also looks for the
/// others. Kept in the platform settings store under <c>knowledge.synonyms</c>; the defaults below until edited.
/// </summary>
internal sealed class KnowledgeSynonyms(SettingsStore store, AccessGate gate)
{
    public const string Key = "knowledge.synonyms";
    public const int MaxGroups = 1000;
    public const int MaxWordLength = 20;
    private static readonly char[] Separators = [' ', '\u3000', ',', '，', '、', ';', '；', '=', '↔', '/', '|', '\t'];

    public static readonly List<List<string>> Defaults =
    [
        ["公积金", "住房公积金"],
        ["物业费", "物业服务费", "物管费"],
        ["医保", "医疗保险", "基本医疗保险"],
        ["社保卡", "社会保障卡"],
        ["燃气", "天然气", "煤气"],
        ["网约车", "网络预约出租汽车"],
        ["停水", "断水"],
        ["停电", "断电"],
        ["噪音", "噪声"],
    ];

    public Task<List<List<string>>> GroupsAsync(CancellationToken cancellationToken = default) =>
        store.GetAsync(Key, Defaults, cancellationToken);

    /// <summary>The groups as the editor edits them: one group per line, words separated by spaces, commas or 、.</summary>
    public static string ToText(IEnumerable<IReadOnlyList<string>> groups) => string.Join("\n", groups.Select(g => string.Join(" ", g)));

    /// <returns>The groups of <paramref name="text"/> (blank lines skipped, duplicate words in a line merged) and one Chinese message per problem.</returns>
    public static (List<List<string>> Groups, List<string> Errors) Parse(string? text)
    {
        var groups = new List<List<string>>();
        var errors = new List<string>();
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var words = lines[i].Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
            if (words.Count == 0)
                continue;
            var line = i + 1;
            if (words.Count < 2)
                errors.Add($"第 {line} 行：一组同义词至少要有两个词。");
            foreach (var w in words.Where(w => w.Length > MaxWordLength))
                errors.Add($"第 {line} 行：“{w[..MaxWordLength]}…”过长，每个词不能超过 {MaxWordLength} 个字。");
            // A word in two groups would silently merge them; the editor must decide.
            foreach (var w in words)
                if (!owner.TryAdd(w, line))
                    errors.Add($"第 {line} 行：“{w}”已出现在第 {owner[w]} 行，同一个词只能属于一组。");
            groups.Add(words);
        }
        if (groups.Count > MaxGroups)
            errors.Add($"同义词组不能超过 {MaxGroups} 组。");
        return (groups, errors);
    }

    /// <summary>保存同义词 (KnowledgeEditor only): validated as a whole, stored and audited together, or nothing is saved.</summary>
    /// <exception cref="BusinessRuleException">Every problem, one per line.</exception>
    public async Task SaveAsync(string? text, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(KnowledgeAccess.Editors);
        var (groups, errors) = Parse(text);
        if (errors.Count > 0)
            throw new BusinessRuleException(string.Join(Environment.NewLine, errors));
        await store.SetAsync(Key, "同义词", groups, actor, cancellationToken);
    }

    /// <returns>The other words of every group one of whose words occurs in <paramref name="text"/>.</returns>
    public static IReadOnlyCollection<string> Expand(string text, IEnumerable<IReadOnlyList<string>> groups)
    {
        var extra = new HashSet<string>();
        foreach (var group in groups)
            if (group.Any(w => w.Length > 0 && text.Contains(w, StringComparison.Ordinal)))
                extra.UnionWith(group.Where(w => !text.Contains(w, StringComparison.Ordinal)));
        return extra;
    }
}
