using Hotline.Platform.Security;
using Hotline.Platform.Settings;

namespace Hotline.Assessment.Analysis.Seasonal;

/// <summary>未诉先办 settings: how far ahead units are reminded and how many past years make the calendar.</summary>
internal sealed class SeasonalSettings
{
    public int ReminderLeadWeeks { get; set; } = 2;

    public int PastYears { get; set; } = 3;
}

internal sealed class SeasonalSettingsService(SettingsStore store, AdminGuard guard) : ModuleSettings<SeasonalSettings>(store, guard)
{
    // Named when analysis was part of Supervision; kept so stored settings still apply.
    protected override string Key => "supervision.seasonal";
    protected override string Title => "季节性分析设置";

    protected override IEnumerable<string> Validate(SeasonalSettings s)
    {
        if (s.ReminderLeadWeeks is < 1 or > 12)
            yield return "提前提醒的周数应在 1 到 12 周之间。";
        if (s.PastYears is < 1 or > 10)
            yield return "参照的往年数应在 1 到 10 年之间。";
    }
}
