using Hotline.Platform.Catalog;

namespace Hotline.Intake.Contracts;

/// <summary>A request from a connected system (a department's app, an Open311 client): it waits in the online pending queue like a web submission.</summary>
public sealed record ExternalRequest(
    Guid SubmissionKey,
    string Source,
    Channel Channel,
    RequestTypeCode RequestType,
    string? Content,
    string? CallerName,
    string? CallerPhone,
    string? Address,
    Guid? CategoryId,
    Guid? AreaId);

public sealed record ExternalRequestReceipt(Guid CaseId, string CaseNumber, CaseStatus Status);

/// <summary>Registers requests from connected systems; the system's own identity and rate limit are checked before this is called.</summary>
public interface IExternalRequests
{
    /// <summary>The same <see cref="ExternalRequest.SubmissionKey"/> twice gives the first receipt back.</summary>
    /// <exception cref="Hotline.Platform.BusinessRuleException">Every problem of the request, each naming its field.</exception>
    Task<ExternalRequestReceipt> SubmitAsync(ExternalRequest request, CancellationToken cancellationToken = default);
}

/// <summary>Which cases to list, newest registration first; the cursor is the last entry of the previous page.</summary>
public sealed record CaseListingQuery
{
    /// <summary>Cases whose lead unit is one of these; null for every case.</summary>
    public IReadOnlyCollection<Guid>? LeadUnitIds { get; init; }
    public IReadOnlyCollection<CaseStatus>? Statuses { get; init; }
    public IReadOnlyCollection<Guid>? CategoryIds { get; init; }
    public IReadOnlyCollection<string>? Numbers { get; init; }
    public DateTime? RegisteredFromUtc { get; init; }
    /// <summary>Exclusive.</summary>
    public DateTime? RegisteredToUtc { get; init; }
    public DateTime? AfterRegisteredAtUtc { get; init; }
    public string? AfterNumber { get; init; }
    public int Take { get; init; } = 50;
}

/// <summary>A case as a connected system may list it: no caller identity.</summary>
public sealed record CaseListingEntry(
    Guid CaseId,
    string CaseNumber,
    CaseStatus Status,
    Channel Channel,
    RequestTypeCode RequestType,
    Guid CategoryId,
    Guid AreaId,
    string Address,
    string Content,
    bool IsConfidential,
    Guid? SubjectUnitId,
    Guid? LeadUnitId,
    DateTime RegisteredAtUtc,
    DateTime UpdatedAtUtc,
    DateTime? ClosedAtUtc);

/// <summary>A step of the case as the caller's own progress lookup shows it.</summary>
public sealed record PublicCaseStep(DateTime AtUtc, string Text);

/// <summary>Reads of cases for connected systems, which have no signed-in user: the caller's scope is applied by the integration layer.</summary>
public interface ICaseListing
{
    Task<IReadOnlyList<CaseListingEntry>> ListAsync(CaseListingQuery query, CancellationToken cancellationToken = default);

    /// <summary>The steps the caller's own progress lookup shows, oldest first.</summary>
    Task<IReadOnlyList<PublicCaseStep>> PublicStepsAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The caller's full phone for a connected system allowed to read it; null when the case is confidential, anonymous
    /// or complains about one of <paramref name="requesterUnitIds"/> (or a unit above them). Every answer is audited.
    /// </summary>
    Task<string?> RevealPhoneAsync(Guid caseId, string requester, IReadOnlyCollection<Guid>? requesterUnitIds, CancellationToken cancellationToken = default);
}
