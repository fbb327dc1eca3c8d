namespace Hotline.Intake.Domain;

/// <summary>
/// 来电: one call the phone system announced, from the ring at an agent's extension to the hang-up. The case
/// registered from it carries <see cref="CallId"/>; the call's end may arrive before or after that registration.
/// </summary>
internal sealed class PhoneCall
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The phone system's own id of the call, unique.</summary>
    public string CallId { get; set; } = "";

    public string CallerPhone { get; set; } = "";
    public string AgentExtension { get; private set; } = "";

    /// <summary>The account at the extension when the call rang; null when nobody had it.</summary>
    public string? AgentUserId { get; private set; }

    public DateTime StartedAtUtc { get; set; }
    public DateTime? EndedAtUtc { get; private set; }
    public int? DurationSeconds { get; private set; }

    /// <summary>The case registered from this call, once there is one.</summary>
    public Guid? CaseId { get; private set; }

    /// <summary>Rung at an extension; again when the call is transferred to another one.</summary>
    public void RingAt(string extension, string? agentUserId)
    {
        AgentExtension = extension;
        AgentUserId = agentUserId;
    }

    /// <summary>The phone system's word is final: a repeated hang-up report replaces the earlier duration.</summary>
    public void End(DateTime endedAtUtc, int durationSeconds)
    {
        EndedAtUtc = endedAtUtc;
        DurationSeconds = durationSeconds;
    }

    public void LinkCase(Guid caseId) => CaseId = caseId;
}
