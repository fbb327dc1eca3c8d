using Hotline.Platform.Security;
using Hotline.Platform.Settings;

namespace Hotline.Knowledge.Settings;

internal sealed class KnowledgeSettingsService(SettingsStore store, AdminGuard guard, ICategoryCatalog catalog)
    : ModuleSettings<KnowledgeSettings>(store, guard)
{
    protected override string Key => KnowledgeSettings.Key;
    protected override string Title => "知识库设置";

    protected override IEnumerable<string> Validate(KnowledgeSettings settings)
    {
        if (settings.SecondReviewCategoryIds.Count > 500)
            yield return "需二次审核的分类过多。";
        if (settings.StaleMonths is < 1 or > 60)
            yield return "长期未更新的月数应在 1 到 60 个月之间。";
    }

    protected override KnowledgeSettings Normalize(KnowledgeSettings settings) =>
        settings with { SecondReviewCategoryIds = settings.SecondReviewCategoryIds.Where(id => id != Guid.Empty).Distinct().ToList() };

    /// <summary>True when the category, or one of its ancestors, is listed for a second review.</summary>
    public async Task<bool> NeedsSecondReviewAsync(Guid categoryId, CancellationToken cancellationToken = default)
    {
        var listed = (await GetAsync(cancellationToken)).SecondReviewCategoryIds;
        if (listed.Count == 0)
            return false;
        foreach (var id in listed)
            if ((await catalog.DescendantIdsAsync(id, includeSelf: true, cancellationToken)).Contains(categoryId))
                return true;
        return false;
    }
}
