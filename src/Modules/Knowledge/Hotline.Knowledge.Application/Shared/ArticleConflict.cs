using Hotline.Platform.Time;

namespace Hotline.Knowledge.Shared;

/// <summary>
/// The loser of two simultaneous edits: nothing of theirs is saved, and they learn who changed what meanwhile,
/// with the other version's content so the page can show it beside their own unsaved text (nothing lost).
/// </summary>
internal sealed class ArticleConflict(string changedBy, DateTime changedAtUtc, IReadOnlyList<string> changedFields, ArticleContent current,
    ArticleStatus currentStatus, Guid currentVersion)
    : BusinessRuleException(Describe(changedBy, changedAtUtc, changedFields))
{
    public string ChangedBy { get; } = changedBy;
    public IReadOnlyList<string> ChangedFields { get; } = changedFields;
    public ArticleContent Current { get; } = current;
    public ArticleStatus CurrentStatus { get; } = currentStatus;
    public Guid CurrentVersion { get; } = currentVersion;

    public static ArticleConflict Of(Article current, ArticleContent seenByUser) =>
        new(current.UpdatedBy, current.UpdatedAtUtc, ArticleContent.ChangedFields(seenByUser, current.Content), current.Content,
            current.Status, current.Version);

    private static string Describe(string by, DateTime atUtc, IReadOnlyList<string> fields) =>
        $"该知识已被 {by} 于 {ChinaTime.Format(atUtc)} 修改，您的修改尚未保存。" +
        (fields.Count > 0 ? $"现存内容与您的内容不同之处：{string.Join("、", fields)}。" : "") + "请对照现存内容后重新保存。";
}
