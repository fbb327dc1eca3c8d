using Hotline.Platform.Security;
using Hotline.Platform.Catalog;
using Hotline.Platform.Settings;

namespace Hotline.Archive.Archiving;

/// <summary>保管期限 per request type (by its code name); a type not listed keeps <see cref="DefaultRetention"/>.</summary>
internal sealed class ArchiveSettings
{
    public Dictionary<string, RetentionPeriod> Retention { get; set; } = new()
    {
        [nameof(RequestTypeCode.Complaint)] = RetentionPeriod.ThirtyYears,
        [nameof(RequestTypeCode.Report)] = RetentionPeriod.ThirtyYears,
    };

    public RetentionPeriod DefaultRetention { get; set; } = RetentionPeriod.TenYears;

    public RetentionPeriod For(RequestTypeCode type) =>
        Retention.TryGetValue(type.ToString(), out var period) ? period : DefaultRetention;
}

internal sealed class ArchiveSettingsService(SettingsStore store, AdminGuard guard) : ModuleSettings<ArchiveSettings>(store, guard)
{
    protected override string Key => "archive.settings";

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
    }
}
