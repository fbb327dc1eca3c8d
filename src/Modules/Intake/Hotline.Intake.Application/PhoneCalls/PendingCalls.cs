namespace Hotline.Intake.PhoneCalls;

/// <summary>A popped call as the registration form takes it: the id to keep on the case and the number to fill in.</summary>
internal sealed record PendingCall(string CallId, string CallerPhone, Guid? CaseId);

/// <summary>The registration form's side of the screen-pop: a call is opened only by the agent it rang for.</summary>
internal sealed class PendingCalls(IDbContextFactory<IntakeDbContext> contexts, IntakeAccess access)
{
    /// <returns>null when the call is unknown or rang for someone else (the same answer, so ids cannot be probed).</returns>
    public async Task<PendingCall?> ForCurrentAgentAsync(string callId, CancellationToken cancellationToken = default)
    {
        var actor = await access.RequireAsync(IntakeAccess.Registrars);
        if (actor.UserId is null)
            return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PhoneCalls.AsNoTracking().Where(c => c.CallId == callId && c.AgentUserId == actor.UserId)
            .Select(c => new PendingCall(c.CallId, c.CallerPhone, c.CaseId)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Keeps a call id on a registration only when the call rang for the one registering it.</summary>
    public async Task<bool> BelongsToAsync(string callId, string? userId, CancellationToken cancellationToken = default)
    {
        if (userId is null)
            return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PhoneCalls.AnyAsync(c => c.CallId == callId && c.AgentUserId == userId, cancellationToken);
    }
}
