namespace Hotline.Intake.Contracts;

public enum ScreenPopOutcome { Delivered = 0, NoAgentAtExtension = 1 }

/// phone-system calls: the screen-pop and the call's end
public interface IPhoneCalls
{
    Task<ScreenPopOutcome> IncomingAsync(string callId, string callerPhone, string agentExtension, CancellationToken cancellationToken = default);
    /// <returns>false when no call with that id is known</returns>
    Task<bool> EndedAsync(string callId, int durationSeconds, CancellationToken cancellationToken = default);
}
