using Hotline.Platform.Admin;
using Hotline.Platform.Settings;

namespace Hotline.Supervision.Deadlines;

/// <summary>How early a running deadline turns into a warning, per kind, in hours before it is due.</summary>
internal sealed class DeadlineWatchSettings
{
    public int SignForWarningHours { get; set; } = 1;
    public int FirstContactWarningHours { get; set; } = 4;
    public int CompletionWarningHours { get; set; } = 24;
}

internal sealed class DeadlineWatchSettingsService(SettingsStore store, AdminGuard guard)
    : ModuleSettings<DeadlineWatchSettings>(store, guard)
{
    protected override string Key => "supervision.deadline-watch";

    protected override IEnumerable<string> Validate(DeadlineWatchSettings settings)
    {
        if (settings.SignForWarningHours <= 0)
            yield return "签收预警提前时数必须大于 0。";
        if (settings.FirstContactWarningHours <= 0)
            yield return "首次联系预警提前时数必须大于 0。";
        if (settings.CompletionWarningHours <= 0)
            yield return "办结预警提前时数必须大于 0。";
    }
}
