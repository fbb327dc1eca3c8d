using Hotline.Platform.Security;
using Hotline.Platform.Settings;

namespace Hotline.Dispatch.Settings;

/// <summary>The dispatch settings: sign-for and first-contact hours, the return window, co-handling opinions, office hours.</summary>
internal sealed class DispatchSettingsService(SettingsStore store, AdminGuard guard) : ModuleSettings<DispatchSettings>(store, guard)
{
    protected override string Key => DispatchSettings.Key;
    protected override string Title => "派单设置";

    protected override IEnumerable<string> Validate(DispatchSettings settings)
    {
        foreach (var (label, hours) in new[] { ("一般", settings.NormalSignForHours), ("紧急", settings.UrgentSignForHours), ("特急", settings.CriticalSignForHours) })
        {
            if (hours is <= 0 or > 72)
                yield return $"{label}件签收时限须在 0–72 小时之间。";
        }
        if (!(settings.CriticalSignForHours <= settings.UrgentSignForHours && settings.UrgentSignForHours <= settings.NormalSignForHours))
            yield return "签收时限应满足：特急 ≤ 紧急 ≤ 一般。";
        if (settings.FirstContactHours is <= 0 or > 168)
            yield return "首次联系时限须在 0–168 小时之间。";
        if (settings.FirstContactHours < settings.NormalSignForHours)
            yield return "首次联系时限不应短于一般件签收时限。";
        if (settings.ReturnWindowWorkingDays is < 1 or > 5)
            yield return "退单申请期限须为 1–5 个工作日。";
        if (settings.ApprovedReturnsBeforeDesignation is < 1 or > 10)
            yield return "转指定办理的退单次数须在 1–10 之间。";
        if (settings.CoOpinionWorkingDays is < 1 or > 15)
            yield return "协办意见期限须为 1–15 个工作日。";
        if (OfficeHoursProblem(settings.OfficeHours) is { } problem)
            yield return problem;
    }

    protected override DispatchSettings Normalize(DispatchSettings settings) =>
        settings with { OfficeHours = Dispatching.OfficeHours.Format(Dispatching.OfficeHours.Parse(settings.OfficeHours)) };

    private static string? OfficeHoursProblem(string officeHours)
    {
        try
        {
            Dispatching.OfficeHours.Parse(officeHours);
            return null;
        }
        catch (BusinessRuleException e)
        {
            return e.Message;
        }
    }
}
