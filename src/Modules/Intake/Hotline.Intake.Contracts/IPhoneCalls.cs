namespace Hotline.Intake.Contracts;

public enum ScreenPopOutcome
{
    Delivered = 0,
    /// <summary>Nobody is signed in at that extension with a page open: the call is recorded, nothing pops.</summary>
    NoAgentAtExtension = 1,
}

/// <summary>The phone system's calls (CTI): the screen-pop on the agent's page and the call's end with its duration.</summary>
public interface IPhoneCalls
{
    /// <exception cref="Hotline.Platform.BusinessRuleException">A malformed call id, caller number or extension.</exception>
    Task<ScreenPopOutcome> IncomingAsync(string callId, string callerPhone, string agentExtension, CancellationToken cancellationToken = default);

    /// <returns>False when no call with that id is known.</returns>
    Task<bool> EndedAsync(string callId, int durationSeconds, CancellationToken cancellationToken = default);
}
