using Hotline.Platform.Settings;

namespace Hotline.Knowledge.Search;

/// <summary>
/// Synonym groups (公积金 ↔ 住房公积金, 物业费 ↔ 物业服务费): a query containing one word of a group also looks for the
/// others. Kept in the platform settings store under <c>knowledge.synonyms</c>; the defaults below until edited.
/// </summary>
internal sealed class KnowledgeSynonyms(SettingsStore store)
{
    public const string Key = "knowledge.synonyms";

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
