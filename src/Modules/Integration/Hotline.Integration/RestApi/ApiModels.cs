namespace Hotline.Integration.RestApi;

/// <summary>
/// POST /api/v1/requests. The category by code (GET /api/v1/categories); the area by code (GET /api/v1/areas, a township
/// or village), else by an address naming the township or village, else by coordinates (WGS-84) near a township the
/// center located.
/// </summary>
internal sealed record CreateRequestBody(
    string? Content,
    string? CallerName,
    string? CallerPhone,
    string? Address,
    string? CategoryCode,
    string? AreaCode,
    string? RequestType,
    double? Latitude = null,
    double? Longitude = null);

internal sealed record CreatedRequest(string CaseNumber, string Status, string StatusName, Guid Token);

internal sealed record CodeName(string Code, string Name);

internal sealed record UnitRef(Guid Id, string Code, string Name);

internal sealed record CaseListItem(
    string Number,
    string Status,
    string StatusName,
    string RequestType,
    string Channel,
    CodeName? Category,
    CodeName? Area,
    UnitRef? LeadUnit,
    string? Content,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletionDue,
    DateTimeOffset? ClosedAt);

internal sealed record CasePage(IReadOnlyList<CaseListItem> Items, string? NextCursor);

internal sealed record CaseStep(DateTimeOffset At, string Text);

internal sealed record CaseUnit(UnitRef Unit, string Role, bool Active, DateTimeOffset DispatchedAt, DateTimeOffset CompletionDue);

internal sealed record CaseDetail(
    CaseListItem Case,
    IReadOnlyList<CaseUnit> Units,
    IReadOnlyList<CaseStep> Timeline,
    string? CallerPhone);

internal sealed record RevisitItem(int Round, string Channel, string Reach, bool? Resolved, string? IntakeRating, string? HandlingRating,
    string? CallerWords, DateTimeOffset At);

internal sealed record ClosingItem(string Outcome, string? IntakeRating, string? HandlingRating, bool? Resolved, DateTimeOffset ClosedAt, int RedoRounds);

internal sealed record RevisitResults(string Number, IReadOnlyList<RevisitItem> Revisits, ClosingItem? Closing);

internal sealed record CategoryItem(Guid Id, string Code, string Name, string Path, Guid? ParentId, bool IsLeaf);

internal sealed record UnitItem(Guid Id, string Code, string Name, string Path, string Type, Guid? ParentId);

/// <summary>An area of the tree: <c>Level</c> is County, Township or Village; requests take a township's or a village's code.</summary>
internal sealed record AreaItem(Guid Id, string Code, string Name, string Path, string Level, Guid? ParentId);

internal sealed record FeedItem(long Sequence, string Type, string CaseNumber, DateTimeOffset OccurredAt, System.Text.Json.JsonElement Data);

internal sealed record FeedBatch(IReadOnlyList<FeedItem> Items, string NextCursor);
