using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;

namespace Hotline.Intake.PhoneCalls;

/// <summary>A simulated call still ringing or talking: hung up from the list, as the popped page may have replaced the simulator's own.</summary>
internal sealed record SimulatedCall(string CallId, string CallerMasked, string Extension, DateTime StartedAtUtc);

/// <summary>
/// 来电模拟: plays the phone system for a demo or a training session without one. Goes through <see cref="IPhoneCalls"/>
/// like the real CTI endpoint, so what it shows is what a real call does.
/// </summary>
internal sealed class CtiSimulator(IPhoneCalls calls, IDbContextFactory<IntakeDbContext> contexts, IntakeAccess access, IStaffDirectory staff, TimeProvider clock)
{
    public static readonly string[] Users = [HotlineRoles.Agent, HotlineRoles.CenterAdmin];

    /// <summary>Simulated ids say so, so a real phone system's call is never hung up from here.</summary>
    public const string CallIdPrefix = "SIM-";

    public async Task<(string CallId, ScreenPopOutcome Outcome)> RingAsync(string? callerPhone, string? extension, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(Users);
        // Digits of the time and letters only: no run of digits that a log scan could take for a phone number.
        var callId = $"{CallIdPrefix}{clock.GetUtcNow():yyyyMMddHHmmss}-{RandomLetters(6)}";
        var outcome = await calls.IncomingAsync(callId, callerPhone?.Trim() ?? "", extension?.Trim() ?? "", cancellationToken);
        return (callId, outcome);
    }

    /// <returns>The duration reported to the call, in seconds.</returns>
    public async Task<int> HangUpAsync(string callId, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(Users);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var started = await db.PhoneCalls.AsNoTracking().Where(c => c.CallId == callId && c.CallId.StartsWith(CallIdPrefix))
            .Select(c => (DateTime?)c.StartedAtUtc).FirstOrDefaultAsync(cancellationToken)
            ?? throw new BusinessRuleException("没有这个模拟来电。");
        var seconds = (int)Math.Clamp((clock.GetUtcNow().UtcDateTime - started).TotalSeconds, 0, Domain.PhoneCallLimits.MaxDurationSeconds);
        await calls.EndedAsync(callId, seconds, cancellationToken);
        return seconds;
    }

    /// <summary>Simulated calls of the last day not yet hung up, newest first.</summary>
    public async Task<IReadOnlyList<SimulatedCall>> OpenCallsAsync(CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(Users);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.PhoneCalls.AsNoTracking()
            .Where(c => c.CallId.StartsWith(CallIdPrefix) && c.EndedAtUtc == null && c.StartedAtUtc >= since)
            .OrderByDescending(c => c.StartedAtUtc).Take(20)
            .Select(c => new { c.CallId, c.CallerPhone, c.AgentExtension, c.StartedAtUtc }).ToListAsync(cancellationToken);
        return rows.Select(r => new SimulatedCall(r.CallId, PhoneMask.Mask(r.CallerPhone), r.AgentExtension, r.StartedAtUtc)).ToList();
    }

    /// <summary>The signed-in user's own extension, the simulator's default target.</summary>
    public async Task<string?> OwnExtensionAsync(CancellationToken cancellationToken = default)
    {
        var actor = await access.RequireAsync(Users);
        return actor.UserId is null ? null : await staff.ExtensionOfAsync(actor.UserId, cancellationToken);
    }

    private static string RandomLetters(int count)
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        return string.Create(count, letters, (span, set) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = set[System.Security.Cryptography.RandomNumberGenerator.GetInt32(set.Length)];
        });
    }
}
