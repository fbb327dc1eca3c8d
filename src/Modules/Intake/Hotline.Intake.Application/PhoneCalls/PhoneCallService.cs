using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;
using Microsoft.Extensions.Logging;

namespace Hotline.Intake.PhoneCalls;

/// <summary>
/// The phone system's two reports (来电, 挂机). Called by the CTI endpoint under its API key and by the simulator,
/// so it checks no signed-in user: the caller is the phone system.
/// </summary>
internal sealed class PhoneCallService(
    IDbContextFactory<IntakeDbContext> contexts,
    IStaffDirectory staff,
    CallDurations durations,
    LiveUpdates live,
    TimeProvider clock,
    ILogger<PhoneCallService> logger) : IPhoneCalls
{
    /// <summary>
    /// How long a call's report waits for another app node to say the agent's page there popped (a Redis round trip takes
    /// milliseconds; the margin is for a busy server). Real time: a network wait, not a business deadline.
    /// </summary>
    private static readonly TimeSpan OtherNodesAnswerWithin = TimeSpan.FromSeconds(1);

    public async Task<ScreenPopOutcome> IncomingAsync(string callId, string callerPhone, string agentExtension, CancellationToken cancellationToken = default)
    {
        var id = PhoneCallInput.CallId(callId);
        var phone = PhoneCallInput.Caller(callerPhone);
        var extension = PhoneCallInput.Extension(agentExtension);
        var agentUserId = await staff.AtExtensionAsync(extension, cancellationToken);
        await RecordAsync(id, phone, extension, agentUserId, cancellationToken);

        // After the commit: the popped page loads the call by its id.
        // With several app nodes the agent's page may be open on another: the pop goes there too, and that node answers.
        var told = agentUserId is null ? 0
            : await live.PublishHeardAsync(LiveTopics.ScreenPop(agentUserId), new ScreenPop(RegisterLink(id), PopMessage(phone)),
                OtherNodesAnswerWithin, cancellationToken);
        if (told > 0)
            return ScreenPopOutcome.Delivered;
        // The phone system cannot help it (the agent signed out with the phone still logged in): no error to it, a
        // warning for the center. Never the caller's number: logs are kept longer than the people who read them.
        logger.LogWarning("CTI call {CallId} rang at extension {Extension}, where no call-taker is signed in ({Reason}); no screen-pop",
            id, extension, agentUserId is null ? "no account has the extension" : "the account has no page open");
        return ScreenPopOutcome.NoAgentAtExtension;
    }

    public async Task<bool> EndedAsync(string callId, int durationSeconds, CancellationToken cancellationToken = default)
    {
        var id = PhoneCallInput.CallId(callId);
        var seconds = PhoneCallInput.Duration(durationSeconds);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var call = await db.PhoneCalls.FirstOrDefaultAsync(c => c.CallId == id, cancellationToken);
            if (call is null)
                return false;
            call.End(clock.GetUtcNow().UtcDateTime, seconds);
            await db.SaveChangesAsync(cancellationToken);
        }
        await durations.SyncAsync(id, cancellationToken);
        return true;
    }

    /// <summary>The pop's line: the masked number, or that the caller withheld it.</summary>
    public static string PopMessage(string phone) => phone.Length == 0 ? "来电（号码未显示）" : $"来电 {PhoneMask.Mask(phone)}";

    /// <summary>The registration form for this call; the page loads the number by the call's id.</summary>
    public static string RegisterLink(string callId) => $"/intake/register?call={Uri.EscapeDataString(callId)}";

    /// <summary>A repeated report of the same call (a retry, a transfer) rings again where it says, on the one record.</summary>
    private async Task RecordAsync(string callId, string phone, string extension, string? agentUserId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var call = await db.PhoneCalls.FirstOrDefaultAsync(c => c.CallId == callId, cancellationToken);
            if (call is null)
            {
                call = new PhoneCall { CallId = callId, CallerPhone = phone, StartedAtUtc = clock.GetUtcNow().UtcDateTime };
                db.PhoneCalls.Add(call);
            }
            call.RingAt(extension, agentUserId);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // The same call reported twice at once: the unique call id let the other report insert; ring on its row.
            }
        }
    }
}
