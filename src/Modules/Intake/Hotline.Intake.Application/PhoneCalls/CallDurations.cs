namespace Hotline.Intake.PhoneCalls;

/// <summary>
/// Brings a call and the case registered from it together: the case gets the duration, the call the case.
/// The hang-up and the registration may come in either order, and each side runs this after its own commit,
/// so whichever commits second sees the other's row.
/// </summary>
internal sealed class CallDurations(IDbContextFactory<IntakeDbContext> contexts)
{
    private const int Attempts = 3;

    public async Task SyncAsync(string callId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await TrySyncAsync(callId, cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Someone saved the case meanwhile (a decision, a dispatch report): read it again and retry.
            }
        }
    }

    private async Task TrySyncAsync(string callId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var call = await db.PhoneCalls.FirstOrDefaultAsync(c => c.CallId == callId, cancellationToken);
        if (call is null)
            return;
        var cases = await db.Cases.Where(c => c.CallId == callId).OrderBy(c => c.RegisteredAtUtc).ToListAsync(cancellationToken);
        if (cases.Count == 0)
            return;
        if (call.CaseId is null)
            call.LinkCase(cases[0].Id);
        if (call.DurationSeconds is { } seconds)
        {
            foreach (var c in cases.Where(c => c.CallDurationSeconds != seconds))
                c.RecordCallDuration(seconds);
        }
        if (db.ChangeTracker.HasChanges())
            await db.SaveChangesAsync(cancellationToken);
    }
}
