using System.Globalization;
using Hotline.Platform.Security;
using Hotline.Platform.Settings;
using Hotline.Assessment.Sheets.Model;

namespace Hotline.Assessment.Sheets.Scoring;

/// <summary>The composite score's weights, set by the CenterAdmin (e.g. 0.1 响应 + 0.5 解决 + 0.4 满意): settings, not code. A locked period keeps the weights it was locked with.</summary>
internal sealed class AssessmentSettings
{
    public double ResponseWeight { get; set; } = 0.1;
    public double ResolutionWeight { get; set; } = 0.5;
    public double SatisfactionWeight { get; set; } = 0.4;

    public CompositeWeights Weights() => new(ResponseWeight, ResolutionWeight, SatisfactionWeight);
}

internal sealed class AssessmentSettingsService(SettingsStore store, AdminGuard guard) : ModuleSettings<AssessmentSettings>(store, guard)
{
    // Named when assessment was part of Supervision; kept so stored weights still apply.
    protected override string Key => "supervision.assessment";
    protected override string Title => "考核权重";

    protected override IEnumerable<string> Validate(AssessmentSettings s)
    {
        if (new[] { s.ResponseWeight, s.ResolutionWeight, s.SatisfactionWeight }.Any(w => w is < 0 or > 1 || double.IsNaN(w)))
            yield return "每项权重必须在 0 到 1 之间（如 30% 填 0.3）。";
        var sum = s.ResponseWeight + s.ResolutionWeight + s.SatisfactionWeight;
        if (Math.Abs(sum - 1) > 0.0001)
            yield return $"三项权重之和必须等于 1（当前为 {sum.ToString("0.####", CultureInfo.InvariantCulture)}）。";
    }
}
