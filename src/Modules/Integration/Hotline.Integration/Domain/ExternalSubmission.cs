namespace Hotline.Integration.Domain;

/// <summary>A request a connected system created: the token it was given (Open311 <c>tokens/{token}</c>) and the case it became.</summary>
internal sealed class ExternalSubmission
{
    public Guid Token { get; private set; }
    public Guid ClientId { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    public static ExternalSubmission Of(Guid token, Guid clientId, Guid caseId, string caseNumber, DateTime atUtc) =>
        new() { Token = token, ClientId = clientId, CaseId = caseId, CaseNumber = caseNumber, AtUtc = atUtc };
}
