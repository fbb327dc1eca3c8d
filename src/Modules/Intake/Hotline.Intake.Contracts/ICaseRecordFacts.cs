namespace Hotline.Intake.Contracts;

/// <summary>A file attached to the case at intake, with the SHA-256 it is stored under.</summary>
public sealed record CaseAttachmentFact(string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAtUtc, string UploadedBy);

/// <summary>
/// The case as Intake stores it, for the archive record only: the caller exactly as registered (full phone
/// number included — whoever shows it must mask it), the registration and the acceptance decision.
/// </summary>
public sealed record CaseRecordFacts(
    Guid CaseId,
    string CaseNumber,
    string CallerName,
    string? CallerPhone,
    bool CallerAnonymous,
    string? RegisteredBy,
    CaseStatus? Decision,
    DateTime? DecidedAtUtc,
    string? DecidedBy,
    string? DecisionText,
    IReadOnlyList<CaseAttachmentFact> Attachments);

/// <summary>Read-only: what the archive keeps of a case beyond <see cref="CaseSummary"/>. No access check, no audit: never for display.</summary>
public interface ICaseRecordFacts
{
    Task<CaseRecordFacts?> GetAsync(Guid caseId, CancellationToken cancellationToken = default);
}
