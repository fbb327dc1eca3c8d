namespace Hotline.Intake.CaseSearch;

/// <summary>The case list's optional columns (工单号 and 状态 always show), in table order.</summary>
internal static class CaseListColumns
{
    public static readonly IReadOnlyList<(string Key, string Name)> Optional =
    [
        ("registered", "登记时间"), ("type", "类型"), ("category", "事项分类"), ("area", "属地"),
        ("channel", "渠道"), ("caller", "诉求人"), ("phone", "电话"), ("content", "内容"),
    ];

    public const string PreferenceName = "caselist.columns";

    public static string NameOf(string key) => Optional.FirstOrDefault(c => c.Key == key).Name ?? key;

    /// <summary>Only known keys, in table order; nothing chosen means every column.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string>? keys)
    {
        var chosen = (keys ?? []).ToHashSet();
        var known = Optional.Where(c => chosen.Contains(c.Key)).Select(c => c.Key).ToList();
        return known.Count == 0 ? Optional.Select(c => c.Key).ToList() : known;
    }
}

/// <summary>
/// A filter a user keeps under a name. The phone number is deliberately not kept: a phone search is audited each time
/// and a stored number would sit in plain text in the user's preferences.
/// </summary>
internal sealed record SavedCaseFilter(
    string Name,
    string? Number,
    string? Keyword,
    CaseStatus? Status,
    RequestTypeCode? RequestType,
    Channel? Channel,
    Guid? CategoryId,
    Guid? AreaId,
    DateOnly? From,
    DateOnly? To,
    bool RepeatOnly,
    Guid? LeadUnitId = null);

internal static class SavedCaseFilters
{
    public const string PreferenceName = "caselist.filters";
    public const int MaxCount = 10;
    public const int MaxNameLength = 20;
    public const string Field = "saved-filter-name";

    /// <summary>The list with <paramref name="filter"/> added, or replacing the one of the same name.</summary>
    public static IReadOnlyList<SavedCaseFilter> With(IReadOnlyList<SavedCaseFilter> saved, SavedCaseFilter filter)
    {
        var name = filter.Name.Trim();
        if (name.Length == 0)
            throw new BusinessRuleException("请为要保存的查询条件起个名字。", Field);
        if (name.Length > MaxNameLength)
            throw new BusinessRuleException($"名称最多 {MaxNameLength} 个字。", Field);
        if (name.Any(char.IsControl))
            throw new BusinessRuleException("名称不能含有控制字符。", Field);
        var others = saved.Where(s => s.Name != name).ToList();
        if (others.Count >= MaxCount)
            throw new BusinessRuleException($"最多保存 {MaxCount} 组查询条件，请先删除不用的。", Field);
        return [.. others, filter with { Name = name }];
    }
}
