using Hotline.Platform.Security;
using Hotline.Platform.Settings;

namespace Hotline.Supervision.Graded;

/// <summary>The escalation rules of graded supervision: settings, not code (issue #15). Days are working days.</summary>
internal sealed class SupervisionSettings
{
    /// <summary>An overdue deadline opens a level-1 reminder by itself.</summary>
    public bool RemindOnOverdue { get; set; } = true;

    /// <summary>Level-1 reminders also go by SMS to the unit's handlers who have a mobile number.</summary>
    public bool RemindBySms { get; set; } = true;

    public int ReminderResponseWorkingDays { get; set; } = 1;
    public int NoticeResponseWorkingDays { get; set; } = 3;
    public int LeaderResponseWorkingDays { get; set; } = 2;

    /// <summary>A reminder still unanswered this many working days after its response deadline becomes a written notice.</summary>
    public int EscalateToNoticeAfterWorkingDays { get; set; } = 1;

    /// <summary>A written notice still unanswered this many working days after its response deadline goes to the county office.</summary>
    public int EscalateToLeaderAfterWorkingDays { get; set; } = 2;

    /// <summary>Which supervisions rise by themselves; off, the Supervisor raises them by hand.</summary>
    public bool EscalateAutomatically { get; set; } = true;

    /// <summary>A caller's n-th request on the same matter within 90 days is supervised (000; domain.md §6).</summary>
    public int RepeatRequestThreshold { get; set; } = 3;

    /// <summary>重办超限: a redo round above this number is supervised (the first redo is the normal loop; a second means the first failed).</summary>
    public int RedoRoundLimit { get; set; } = 1;
}

internal sealed class SupervisionSettingsService(SettingsStore store, AdminGuard guard)
    : ModuleSettings<SupervisionSettings>(store, guard)
{
    protected override string Key => "supervision.graded";
    protected override string Title => "督办设置";

    protected override IEnumerable<string> Validate(SupervisionSettings s)
    {
        if (s.ReminderResponseWorkingDays <= 0 || s.NoticeResponseWorkingDays <= 0 || s.LeaderResponseWorkingDays <= 0)
            yield return "各级督办的回复期限必须至少 1 个工作日。";
        if (s.ReminderResponseWorkingDays > 30 || s.NoticeResponseWorkingDays > 30 || s.LeaderResponseWorkingDays > 30)
            yield return "督办回复期限不能超过 30 个工作日。";
        if (s.EscalateToNoticeAfterWorkingDays <= 0 || s.EscalateToLeaderAfterWorkingDays <= 0)
            yield return "自动升级的期限必须至少 1 个工作日。";
        if (s.RepeatRequestThreshold < 2)
            yield return "重复诉求督办的次数至少为 2。";
        if (s.RedoRoundLimit is < 1 or > 5)
            yield return "重办超限的次数应在 1 到 5 次之间。";
    }
}
