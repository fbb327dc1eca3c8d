using Hotline.Platform.Settings;

namespace Hotline.Handling.Replies.Templates;

/// <summary>常用语 for the reply text: the center's for every unit, and each unit's own.</summary>
internal sealed record ReplyTemplateSet(IReadOnlyList<string> Center, IReadOnlyList<string> Unit);

/// <summary>
/// 常用语: phrases a handler inserts into a reply instead of typing them again. The center administrator keeps the
/// center's list, a unit manager the unit's; a handler sees both. Stored through the settings store, audited there.
/// </summary>
internal sealed class ReplyTemplates(SettingsStore store, AccessGate gate)
{
    public const int MaxCount = 20;
    public const int MaxLength = 150;

    /// <summary>What the settings store holds in one value, with room for the list's punctuation.</summary>
    public const int MaxTotal = 1600;
    public const string Field = "templates";

    internal const string CenterKey = "handling.reply-templates.center";
    private static string UnitKey(Guid unitId) => $"handling.reply-templates.unit.{unitId:N}";

    public async Task<ReplyTemplateSet> GetAsync(CancellationToken cancellationToken = default)
    {
        var center = await store.GetAsync<string[]>(CenterKey, [], cancellationToken);
        if (!await gate.IsInAnyRoleAsync(HandlingAccess.UnitRoles) || await gate.UnitIdAsync() is not { } unitId)
            return new ReplyTemplateSet(center, []);
        return new ReplyTemplateSet(center, await store.GetAsync<string[]>(UnitKey(unitId), [], cancellationToken));
    }

    public async Task SaveCenterAsync(string? text, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(HotlineRoles.CenterAdmin);
        await store.SetAsync(CenterKey, "答复模板（中心）", Parse(text), actor, cancellationToken);
    }

    public async Task SaveUnitAsync(string? text, CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitManager);
        await store.SetAsync(UnitKey(unitId), "答复模板（本单位）", Parse(text), actor, cancellationToken);
    }

    /// <summary>One phrase per line; blank lines are dropped. Refuses the whole list with the line at fault.</summary>
    public static string[] Parse(string? text)
    {
        var lines = (text ?? "").Replace("\r", "").Split('\n');
        var phrases = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var phrase = lines[i].Trim();
            if (phrase.Length == 0)
                continue;
            if (phrase.Length > MaxLength)
                throw new BusinessRuleException($"第 {i + 1} 行超过 {MaxLength} 个字。", Field);
            if (phrase.Any(c => char.IsControl(c) && c != '\t'))
                throw new BusinessRuleException($"第 {i + 1} 行含有不可见的控制字符。", Field);
            if (phrases.Contains(phrase))
                throw new BusinessRuleException($"第 {i + 1} 行与前面的常用语重复。", Field);
            phrases.Add(phrase);
        }
        if (phrases.Count > MaxCount)
            throw new BusinessRuleException($"常用语最多 {MaxCount} 条（当前 {phrases.Count} 条）。", Field);
        if (phrases.Sum(p => p.Length) is var total and > MaxTotal)
            throw new BusinessRuleException($"常用语合计最多 {MaxTotal} 字（当前 {total} 字）。", Field);
        return phrases.ToArray();
    }
}
