namespace Hotline.Supervision.Domain;

/// <summary>
/// A case Intake flagged as a caller's repeated request on one matter (the threshold is a setting); supervised once its
/// lead unit is known, at dispatch.
/// </summary>
internal sealed class RepeatRequest
{
    private RepeatRequest() { }

    public RepeatRequest(Guid caseId, string caseNumber, int requests)
    {
        CaseId = caseId;
        CaseNumber = caseNumber;
        Requests = requests;
    }

    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public int Requests { get; private set; }
    public bool Supervised { get; private set; }

    public void MarkSupervised() => Supervised = true;
}
