using Hotline.Platform;
using Hotline.Platform.Admin;
using Hotline.Platform.Settings;

namespace Hotline.Dispatch.Settings;

/// <summary>Reads the dispatch settings for every service; only an administrator saves them (validated, audited by the store).</summary>
internal sealed class DispatchSettingsService(SettingsStore store, AdminGuard guard)
{
    public Task<DispatchSettings> GetAsync(CancellationToken cancellationToken = default) =>
        store.GetAsync(DispatchSettings.Key, new DispatchSettings(), cancellationToken);

    public async Task SaveAsync(DispatchSettings settings, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        var errors = Validate(settings);
        if (errors.Count > 0)
            throw new BusinessRuleException(string.Join(Environment.NewLine, errors));
        var normalized = settings with { OfficeHours = Dispatching.OfficeHours.Format(Dispatching.OfficeHours.Parse(settings.OfficeHours)) };
        await store.SetAsync(DispatchSettings.Key, normalized, actor, cancellationToken);
    }

    public static IReadOnlyList<string> Validate(DispatchSettings settings)
    {
        var errors = new List<string>();
        foreach (var (label, hours) in new[] { ("一般", settings.NormalSignForHours), ("紧急", settings.UrgentSignForHours), ("特急", settings.CriticalSignForHours) })
        {
            if (hours is <= 0 or > 72)
                errors.Add($"{label}件签收时限须在 0–72 小时之间。");
        }
        if (!(settings.CriticalSignForHours <= settings.UrgentSignForHours && settings.UrgentSignForHours <= settings.NormalSignForHours))
            errors.Add("签收时限应满足：特急 ≤ 紧急 ≤ 一般。");
        if (settings.FirstContactHours is <= 0 or > 168)
            errors.Add("首次联系时限须在 0–168 小时之间。");
        if (settings.FirstContactHours < settings.NormalSignForHours)
            errors.Add("首次联系时限不应短于一般件签收时限。");
        if (settings.ReturnWindowWorkingDays is < 1 or > 5)
            errors.Add("退单申请期限须为 1–5 个工作日。");
        if (settings.ApprovedReturnsBeforeDesignation is < 1 or > 10)
            errors.Add("转指定办理的退单次数须在 1–10 之间。");
        if (settings.CoOpinionWorkingDays is < 1 or > 15)
            errors.Add("协办意见期限须为 1–15 个工作日。");
        try
        {
            Dispatching.OfficeHours.Parse(settings.OfficeHours);
        }
        catch (BusinessRuleException e)
        {
            errors.Add(e.Message);
        }
        return errors;
    }
}
