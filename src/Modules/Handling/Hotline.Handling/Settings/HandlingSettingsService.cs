using Hotline.Platform;
using Hotline.Platform.Admin;
using Hotline.Platform.Settings;

namespace Hotline.Handling.Settings;

internal sealed class HandlingSettingsService(SettingsStore store, AdminGuard guard)
{
    public Task<HandlingSettings> GetAsync(CancellationToken cancellationToken = default) =>
        store.GetAsync(HandlingSettings.Key, new HandlingSettings(), cancellationToken);

    public async Task SaveAsync(HandlingSettings settings, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        var errors = new List<string>();
        if (settings.ReplyMinLength is < 1 or > 1000)
            errors.Add("答复最少字数须在 1–1000 之间。");
        if (settings.RedoWorkingDays is < 1 or > 60)
            errors.Add("重办期限须在 1–60 个工作日之间，或留空按原办理时限。");
        if (settings.YellowWorkingDays is < 0 or > 10)
            errors.Add("黄灯提前工作日数须在 0–10 之间。");
        if (settings.YellowFraction is < 0 or > 0.9)
            errors.Add("黄灯剩余时间比例须在 0%–90% 之间。");
        if (errors.Count > 0)
            throw new BusinessRuleException(string.Join(Environment.NewLine, errors));
        await store.SetAsync(HandlingSettings.Key, settings, actor, cancellationToken);
    }
}
