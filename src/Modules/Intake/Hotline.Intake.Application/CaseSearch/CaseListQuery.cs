namespace Hotline.Intake.CaseSearch;

/// <summary>Filters of the center case list; every one is applied on the server.</summary>
internal sealed record CaseListFilter
{
    public string? Number { get; init; }
    public string? Phone { get; init; }
    public CaseStatus? Status { get; init; }
    public RequestTypeCode? RequestType { get; init; }
    public Guid? CategoryId { get; init; }
    public Guid? AreaId { get; init; }

    /// <summary>主办单位: the unit leading the case now.</summary>
    public Guid? LeadUnitId { get; init; }
    public Channel? Channel { get; init; }

    /// <summary>China-time calendar dates, inclusive.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Keyword { get; init; }
    public bool RepeatOnly { get; init; }
}

internal enum CaseSort
{
    RegisteredDesc,
    RegisteredAsc,
    NumberAsc,
    NumberDesc,
    StatusAsc,
}

internal sealed record CaseListRow(
    Guid Id,
    string Number,
    CaseStatus Status,
    RequestTypeCode RequestType,
    Guid CategoryId,
    Guid AreaId,
    Channel Channel,
    Urgency Urgency,
    string CallerName,
    string? PhoneShown,
    bool PhoneMasked,
    string Content,
    bool IsRepeat,
    bool IsConfidential,
    DateTime RegisteredAtUtc);

/// <param name="Total">The number of matching cases, or <see cref="CaseQueries.CountCap"/> + 1 when there are more.</param>
internal sealed record CasePage(IReadOnlyList<CaseListRow> Rows, int Total)
{
    /// <summary>More cases match than the list counts: the pager says "10,000+" instead of a number nobody reads.</summary>
    public bool TotalIsCapped => Total > CaseQueries.CountCap;
}

/// <summary>
/// An export checked for <paramref name="Actor"/>: the filter as it will be read, whether the file shows full phone
/// numbers (the requester's role allows it), and how many cases matched when it was checked.
/// </summary>
internal sealed record CaseExportRequest(Hotline.Platform.Auditing.Actor Actor, CaseListFilter Filter, bool FullPhones, int Total);
