using Hotline.Platform.Catalog;

namespace Hotline.Intake.Contracts;

/// <summary>What other modules may know about a case without its caller's identity.</summary>
public sealed record CaseSummary(
    Guid CaseId,
    string CaseNumber,
    CaseStatus Status,
    RequestTypeCode RequestType,
    Guid CategoryId,
    Guid AreaId,
    string Address,
    string Content,
    Channel Channel,
    Urgency Urgency,
    bool IsConfidential,
    Guid? SubjectUnitId,
    DateTime RegisteredAtUtc);

/// <summary>Read-only lookups of cases for other modules.</summary>
public interface ICaseDirectory
{
    Task<CaseSummary?> GetAsync(Guid caseId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CaseSummary>> GetManyAsync(IEnumerable<Guid> caseIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registered cases (online submissions still waiting for acceptance left out) in registration order, about
    /// <paramref name="take"/> at a time, starting after <paramref name="afterUtc"/>: a page never splits one
    /// registration moment, so the last case's time is the next page's start. For rebuilding derived figures.
    /// </summary>
    Task<IReadOnlyList<CaseSummary>> RegisteredAfterAsync(DateTime? afterUtc, int take, CancellationToken cancellationToken = default);
}

/// <summary>The caller as a given viewer may see them.</summary>
public sealed record CallerView(string Name, string? Phone, bool PhoneMasked, bool IdentityWithheld, string? WithheldReason);

/// <summary>
/// The only way to a caller's identity. Applies confidentiality (保密 cases and complaints about the
/// viewing unit show nothing) and masking; every full reveal is written to the audit log.
/// </summary>
public interface ICallerIdentity
{
    /// <summary>The caller as the signed-in user may see them by default (phone masked).</summary>
    Task<CallerView> ViewAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>The full phone number, if the signed-in user's role and unit allow it; audited.</summary>
    Task<CallerView> RevealAsync(Guid caseId, string purpose, CancellationToken cancellationToken = default);
}

/// <summary>Counts of registered cases for other modules' figures: no content, no caller.</summary>
public interface ICaseStatistics
{
    /// <summary>Cases registered in [fromUtc, toUtc) per matter category (online submissions still waiting for acceptance left out).</summary>
    Task<IReadOnlyDictionary<Guid, int>> PerCategoryAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);
}
