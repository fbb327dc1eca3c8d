using Hotline.Intake.Domain;
using Hotline.Platform;
using Hotline.Platform.Admin;
using Hotline.Platform.Settings;

namespace Hotline.Intake.Settings;

internal sealed class IntakeSettingsService(SettingsStore store, AdminGuard guard)
{
    public Task<IntakeSettings> GetAsync(CancellationToken cancellationToken = default) =>
        store.GetAsync(IntakeSettings.Key, new IntakeSettings(), cancellationToken);

    public async Task SaveAsync(IntakeSettings settings, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        var errors = new List<string>();
        if (!CaseNumberFormat.IsValidPrefix(settings.NumberPrefix))
            errors.Add("工单编号前缀须为 1–6 个大写英文字母。");
        if (settings.PublicSubmissionsPerIpPerHour is < 1 or > 1000 || settings.PublicSubmissionsPerPhonePerDay is < 1 or > 100)
            errors.Add("网上提交频率限制超出合理范围。");
        if (errors.Count > 0)
            throw new BusinessRuleException(string.Join(Environment.NewLine, errors));
        var words = settings.BlockedWords.Select(w => w.Trim()).Where(w => w.Length > 0).Distinct().ToList();
        await store.SetAsync(IntakeSettings.Key, settings with { BlockedWords = words }, actor, cancellationToken);
    }
}
