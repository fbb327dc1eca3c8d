using Hotline.Platform.Security;
using Hotline.Platform.Settings;

namespace Hotline.Supervision.Deadlines;

/// <summary>
/// How early a running deadline turns into a warning, per kind, in hours before it is due; and the center's own limits,
/// which the seeds leave to the hotline: deciding an extension, reviewing a return, revisiting the caller (working days).
/// </summary>
internal sealed class DeadlineWatchSettings
{
    public int SignForWarningHours { get; set; } = 1;
    public int FirstContactWarningHours { get; set; } = 4;
    public int CompletionWarningHours { get; set; } = 24;

    public int ExtensionDecisionWorkingDays { get; set; } = 1;
    public int ReturnReviewWorkingDays { get; set; } = 1;
    public int RevisitWorkingDays { get; set; } = 3;

    /// <summary>Warning before the center's own deadlines (extension decision, return review, revisit).</summary>
    public int CenterWarningHours { get; set; } = 4;

    public int KnowledgeGapWarningHours { get; set; } = 24;

    public TimeSpan Threshold(WatchedDeadlineKind kind) => TimeSpan.FromHours(kind switch
    {
        WatchedDeadlineKind.SignFor => SignForWarningHours,
        WatchedDeadlineKind.FirstContact => FirstContactWarningHours,
        WatchedDeadlineKind.ExtensionDecision or WatchedDeadlineKind.ReturnReview or WatchedDeadlineKind.Revisit => CenterWarningHours,
        WatchedDeadlineKind.KnowledgeGapFix => KnowledgeGapWarningHours,
        _ => CompletionWarningHours,
    });
}

internal sealed class DeadlineWatchSettingsService(SettingsStore store, AdminGuard guard)
    : ModuleSettings<DeadlineWatchSettings>(store, guard)
{
    protected override string Key => "supervision.deadline-watch";
    protected override string Title => "时限监控设置";

    protected override IEnumerable<string> Validate(DeadlineWatchSettings settings)
    {
        if (settings.SignForWarningHours <= 0)
            yield return "签收预警提前时数必须大于 0。";
        if (settings.FirstContactWarningHours <= 0)
            yield return "首次联系预警提前时数必须大于 0。";
        if (settings.CompletionWarningHours <= 0)
            yield return "办结预警提前时数必须大于 0。";
        if (settings.CenterWarningHours <= 0 || settings.KnowledgeGapWarningHours <= 0)
            yield return "延期审批、退单审核、回访和知识补充的预警提前时数必须大于 0。";
        if (settings.ExtensionDecisionWorkingDays is < 1 or > 10 || settings.ReturnReviewWorkingDays is < 1 or > 10 || settings.RevisitWorkingDays is < 1 or > 10)
            yield return "延期审批、退单审核和回访的时限应在 1 到 10 个工作日之间。";
    }
}
