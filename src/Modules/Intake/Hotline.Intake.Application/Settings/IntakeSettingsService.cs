using Hotline.Platform.Security;
using Hotline.Platform.Settings;

namespace Hotline.Intake.Settings;

internal sealed class IntakeSettingsService(SettingsStore store, AdminGuard guard) : ModuleSettings<IntakeSettings>(store, guard)
{
    protected override string Key => IntakeSettings.Key;
    protected override string Title => "受理设置";

    protected override IEnumerable<string> Validate(IntakeSettings settings)
    {
        if (!CaseNumberFormat.IsValidPrefix(settings.NumberPrefix))
            yield return "工单编号前缀须为 1–6 个大写英文字母。";
        if (settings.PublicSubmissionsPerIpPerHour is < 1 or > 1000 || settings.PublicSubmissionsPerPhonePerDay is < 1 or > 100)
            yield return "网上提交频率限制超出合理范围。";
    }

    protected override IntakeSettings Normalize(IntakeSettings settings) =>
        settings with { BlockedWords = settings.BlockedWords.Select(w => w.Trim()).Where(w => w.Length > 0).Distinct().ToList() };
}
