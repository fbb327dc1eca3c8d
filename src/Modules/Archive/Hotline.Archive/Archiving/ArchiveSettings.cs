using Hotline.Platform.Security;
using Hotline.Platform.Catalog;
using Hotline.Platform.Settings;

namespace Hotline.Archive.Archiving;

/// <summary>
/// 保管期限 per request type (by its code name); a type not listed keeps <see cref="DefaultRetention"/>. 归档缓冲期: how
/// many days a closed case waits before it is archived (0: at once).
/// </summary>
internal sealed class ArchiveSettings
{
    public const int MaxSettlingDays = 30;
    public const string SettlingDaysRefused = "归档缓冲期须为 0 至 30 天。";

    public Dictionary<string, RetentionPeriod> Retention { get; set; } = new()
    {
        [nameof(RequestTypeCode.Complaint)] = RetentionPeriod.ThirtyYears,
        [nameof(RequestTypeCode.Report)] = RetentionPeriod.ThirtyYears,
    };

    public RetentionPeriod DefaultRetention { get; set; } = RetentionPeriod.TenYears;

    /// <summary>归档缓冲期 in days, 0 to <see cref="MaxSettlingDays"/>: a closing is archived once this many days have passed since it closed.</summary>
    public int SettlingDays { get; set; }

    /// <summary>When a closing at <paramref name="closedAtUtc"/> may be archived.</summary>
    public DateTime SettledAtUtc(DateTime closedAtUtc) => closedAtUtc.AddDays(SettlingDays);

    public RetentionPeriod For(RequestTypeCode type) =>
        Retention.TryGetValue(type.ToString(), out var period) ? period : DefaultRetention;
}

internal sealed class ArchiveSettingsService(SettingsStore store, AdminGuard guard) : ModuleSettings<ArchiveSettings>(store, guard)
{
    protected override string Key => "archive.settings";
    protected override string Title => "归档设置";

    protected override IEnumerable<string> Validate(ArchiveSettings settings)
    {
        foreach (var (code, period) in settings.Retention)
        {
            if (!Enum.TryParse<RequestTypeCode>(code, out _))
                yield return $"未知的诉求类型“{code}”。";
            if (!Enum.IsDefined(period))
                yield return $"诉求类型“{code}”的保管期限无效。";
        }
        if (!Enum.IsDefined(settings.DefaultRetention))
            yield return "默认保管期限无效。";
        if (settings.SettlingDays is < 0 or > ArchiveSettings.MaxSettlingDays)
            yield return ArchiveSettings.SettlingDaysRefused;
    }
}
