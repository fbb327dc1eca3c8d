using Hotline.Platform.Security;
using Hotline.Platform.Settings;

namespace Hotline.Handling.Settings;

/// <summary>The handling settings: the reply's least length, the redo period and when a deadline turns yellow.</summary>
internal sealed class HandlingSettingsService(SettingsStore store, AdminGuard guard) : ModuleSettings<HandlingSettings>(store, guard)
{
    protected override string Key => HandlingSettings.Key;
    protected override string Title => "办理设置";

    protected override IEnumerable<string> Validate(HandlingSettings settings)
    {
        if (settings.ReplyMinLength is < 1 or > 1000)
            yield return "答复最少字数须在 1–1000 之间。";
        if (settings.RedoWorkingDays is < 1 or > 60)
            yield return "重办期限须在 1–60 个工作日之间，或留空按原办理时限。";
        if (settings.YellowWorkingDays is < 0 or > 10)
            yield return "黄灯提前工作日数须在 0–10 之间。";
        if (settings.YellowFraction is < 0 or > 0.9)
            yield return "黄灯剩余时间比例须在 0%–90% 之间。";
    }
}
