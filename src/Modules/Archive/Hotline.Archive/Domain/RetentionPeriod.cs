namespace Hotline.Archive.Domain;

/// <summary>保管期限 of an archive record, set per request type by the center.</summary>
internal enum RetentionPeriod
{
    TenYears = 10,
    ThirtyYears = 30,
    Permanent = 99,
}

internal static class RetentionNames
{
    public static string DisplayName(this RetentionPeriod period) => period switch
    {
        RetentionPeriod.TenYears => "10年",
        RetentionPeriod.ThirtyYears => "30年",
        RetentionPeriod.Permanent => "永久",
        _ => period.ToString(),
    };
}
