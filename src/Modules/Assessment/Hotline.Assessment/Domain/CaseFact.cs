namespace Hotline.Assessment.Domain;

/// <summary>
/// One case as analysis counts it (驾驶舱, 热点, 预警, 未诉先办): kept by the other modules' events, never by reading their
/// tables; a rebuild recomputes it from their contracts. The text is the case's content, for topics only, never shown
/// beyond a masked sample.
/// </summary>
internal sealed class CaseFact
{
    public const int TextMax = 500;

    private CaseFact() { }

    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public DateTime RegisteredAtUtc { get; private set; }
    public Channel Channel { get; private set; }
    public Guid CategoryId { get; private set; }
    public Guid AreaId { get; private set; }
    public bool IsConfidential { get; private set; }
    public string Text { get; private set; } = "";
    public CaseStatus Status { get; private set; }
    /// <summary>When the status was last set: an older event delivered late never takes the case back.</summary>
    public DateTime StatusAtUtc { get; private set; }
    public Guid? LeadUnitId { get; private set; }
    /// <summary>The handling rating at closing (1–5), null when the caller gave none.</summary>
    public int? Rating { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }

    public bool IsOpen => Status is CaseStatus.Accepted or CaseStatus.Dispatched or CaseStatus.InHandling or CaseStatus.Replied;

    public static CaseFact Of(CaseSummary c) => new()
    {
        CaseId = c.CaseId,
        CaseNumber = c.CaseNumber,
        RegisteredAtUtc = c.RegisteredAtUtc,
        Channel = c.Channel,
        CategoryId = c.CategoryId,
        AreaId = c.AreaId,
        IsConfidential = c.IsConfidential,
        Text = c.Content.Length <= TextMax ? c.Content : c.Content[..TextMax],
        Status = c.Status,
        StatusAtUtc = c.RegisteredAtUtc,
    };

    /// <summary>Moves the case to <paramref name="status"/> unless a later step was already counted.</summary>
    public bool Move(CaseStatus status, DateTime atUtc)
    {
        if (atUtc < StatusAtUtc)
            return false;
        Status = status;
        StatusAtUtc = atUtc;
        if (status != CaseStatus.Closed)
            ClosedAtUtc = null;
        return true;
    }

    public void Lead(Guid unitId) => LeadUnitId = unitId;

    /// <param name="statusAtUtc">When the closing was announced, for ordering.</param>
    /// <param name="closedAtUtc">When Evaluation closed the case, for the figures.</param>
    public void Close(DateTime statusAtUtc, DateTime closedAtUtc, int? rating, Guid? leadUnitId)
    {
        // A case answered or refused at intake keeps that outcome when its intake revisit closes, as Intake keeps it.
        if (Status.IsClosedAtIntake() || !Move(CaseStatus.Closed, statusAtUtc))
            return;
        ClosedAtUtc = closedAtUtc;
        Rating = rating;
        LeadUnitId = leadUnitId ?? LeadUnitId;
    }

    /// <summary>True when the figures would read both facts alike (the status time is bookkeeping only).</summary>
    public bool SameAs(CaseFact other) =>
        Status == other.Status && LeadUnitId == other.LeadUnitId && Rating == other.Rating && ClosedAtUtc == other.ClosedAtUtc
        && Channel == other.Channel && CategoryId == other.CategoryId && AreaId == other.AreaId
        && RegisteredAtUtc == other.RegisteredAtUtc && IsConfidential == other.IsConfidential && Text == other.Text
        && CaseNumber == other.CaseNumber;

    /// <summary>A rebuild's correction: takes over everything the contracts say now.</summary>
    public void CorrectFrom(CaseFact fresh)
    {
        (CaseNumber, RegisteredAtUtc, Channel, CategoryId, AreaId, IsConfidential, Text) =
            (fresh.CaseNumber, fresh.RegisteredAtUtc, fresh.Channel, fresh.CategoryId, fresh.AreaId, fresh.IsConfidential, fresh.Text);
        (Status, StatusAtUtc, LeadUnitId, Rating, ClosedAtUtc) = (fresh.Status, fresh.StatusAtUtc, fresh.LeadUnitId, fresh.Rating, fresh.ClosedAtUtc);
    }
}
