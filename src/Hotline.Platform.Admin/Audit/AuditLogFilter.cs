using Hotline.Platform.Time;

namespace Hotline.Platform.Admin.Audit;

/// <summary>What the audit page filters on. Dates are China calendar days, both ends included.</summary>
internal sealed class AuditLogFilter
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? UserName { get; set; }
    public string? Action { get; set; }
    public string? ObjectType { get; set; }
    public string? ObjectId { get; set; }

    /// <summary>The UTC instant the range starts at (inclusive), or null.</summary>
    public DateTime? FromUtc => From is { } from ? ChinaTime.StartOfDayUtc(from) : null;

    /// <summary>The UTC instant just after the range (exclusive): the start of the China day after <see cref="To"/>.</summary>
    public DateTime? BeforeUtc => To is { } to ? ChinaTime.EndOfDayUtc(to) : null;
}
