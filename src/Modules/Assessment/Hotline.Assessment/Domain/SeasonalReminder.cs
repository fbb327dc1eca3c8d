using Hotline.Platform.Persistence;

namespace Hotline.Assessment.Domain;

/// <summary>
/// 未诉先办: a reminder to the responsible unit that a category's requests come back every year in a given month, sent
/// weeks before that month, with what was said and when; the unit acknowledges it. One per category, unit and season.
/// </summary>
internal sealed class SeasonalReminder : IVersioned
{
    public const int TextMax = 1000;
    public const int NoteMax = 500;

    private SeasonalReminder() { }

    public Guid Id { get; private set; }
    public Guid CategoryId { get; private set; }
    public Guid UnitId { get; private set; }
    public int Year { get; private set; }
    public int PeakMonth { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime SentAtUtc { get; private set; }
    public string SentBy { get; private set; } = "";
    public DateTime? AcknowledgedAtUtc { get; private set; }
    public string? AcknowledgedBy { get; private set; }
    /// <summary>What the unit says it will do (提前部署措施), optional.</summary>
    public string? AcknowledgeNote { get; private set; }
    public Guid Version { get; set; }

    public static SeasonalReminder Send(Guid categoryId, Guid unitId, int year, int peakMonth, string text, string by, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        CategoryId = categoryId,
        UnitId = unitId,
        Year = year,
        PeakMonth = peakMonth,
        Text = text.Length <= TextMax ? text : text[..TextMax],
        SentAtUtc = nowUtc,
        SentBy = by,
    };

    public void Acknowledge(string by, string? note, DateTime nowUtc)
    {
        if (AcknowledgedAtUtc is not null)
            throw new BusinessRuleException($"该提醒已由 {AcknowledgedBy} 确认。");
        var text = note?.Trim();
        if (text is { Length: > NoteMax })
            throw new BusinessRuleException($"部署措施不能超过 {NoteMax} 个字。", "note");
        AcknowledgedAtUtc = nowUtc;
        AcknowledgedBy = by;
        AcknowledgeNote = string.IsNullOrEmpty(text) ? null : text;
    }
}
