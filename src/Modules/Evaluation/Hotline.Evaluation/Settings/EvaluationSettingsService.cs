using Hotline.Platform.Security;
using Hotline.Platform.Settings;

namespace Hotline.Evaluation.Settings;

internal sealed class EvaluationSettingsService(SettingsStore store, AdminGuard guard) : ModuleSettings<EvaluationSettings>(store, guard)
{
    protected override string Key => EvaluationSettings.Key;
    protected override string Title => "回访设置";

    protected override EvaluationSettings Normalize(EvaluationSettings settings) =>
        settings with { PublicBaseUrl = string.IsNullOrWhiteSpace(settings.PublicBaseUrl) ? null : settings.PublicBaseUrl.Trim().TrimEnd('/') };

    protected override IEnumerable<string> Validate(EvaluationSettings s)
    {
        var errors = new List<string>();
        if (s.RevisitDueWorkingDays is < 1 or > 15)
            errors.Add("回访时限须在 1–15 个工作日之间。");
        if (s.FailedAttemptsBeforeUnreachable is < 1 or > 10)
            errors.Add("无法回访前的未接通次数须在 1–10 次之间。");
        if (s.RedoRoundsAllowed is < 0 or > 5)
            errors.Add("允许重办轮次须在 0–5 之间。");
        if (s.RatingLinkValidHours is < 1 or > 720)
            errors.Add("评价链接有效期须在 1–720 小时之间。");
        if (s.BasicallySatisfiedWeight is < 0 or > 1)
            errors.Add("基本满意权重须在 0–1 之间。");
        if (s.ResponseWeight < 0 || s.ResolutionWeight < 0 || s.SatisfactionWeight < 0
            || Math.Abs(s.ResponseWeight + s.ResolutionWeight + s.SatisfactionWeight - 1) > 0.0001)
            errors.Add("综合得分的三项权重须为非负数且合计为 1。");
        if (!string.IsNullOrWhiteSpace(s.PublicBaseUrl)
            && !(Uri.TryCreate(s.PublicBaseUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors.Add("公众访问地址须为以 http:// 或 https:// 开头的完整地址。");
        if (s.PublicRatingRequestsPerIpPerHour is < 1 or > 1000)
            errors.Add("网上评价频率限制须在 1–1000 次/小时之间。");
        return errors;
    }
}
