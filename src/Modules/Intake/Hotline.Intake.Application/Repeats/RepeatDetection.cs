namespace Hotline.Intake.Repeats;

/// <summary>重复诉求: the same caller about the same category and area as a case closed in the last 90 days.</summary>
internal static class RepeatDetection
{
    private static readonly CaseStatus[] ClosedWithAnAnswer = [CaseStatus.Closed, CaseStatus.AnsweredAtIntake, CaseStatus.NotAccepted];

    public static async Task<Guid?> FindAsync(IntakeDbContext db, IntakeCase incoming, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(incoming.CallerPhone))
            return null;
        var since = incoming.RegisteredAtUtc.AddDays(-IntakeLimits.RepeatWindowDays);
        return await db.Cases.AsNoTracking()
            .Where(c => c.CallerPhone == incoming.CallerPhone && c.CategoryId == incoming.CategoryId && c.AreaId == incoming.AreaId
                && ClosedWithAnAnswer.Contains(c.Status) && c.ClosedAtUtc >= since)
            .OrderByDescending(c => c.ClosedAtUtc)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The caller's requests on the same matter in the repeat window, <paramref name="incoming"/> included (000: supervise the third).</summary>
    public static async Task<int> RequestsOnSameMatterAsync(IntakeDbContext db, IntakeCase incoming, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(incoming.CallerPhone))
            return 1;
        var since = incoming.RegisteredAtUtc.AddDays(-IntakeLimits.RepeatWindowDays);
        return 1 + await db.Cases.AsNoTracking().CountAsync(c => c.Id != incoming.Id && c.CallerPhone == incoming.CallerPhone
            && c.CategoryId == incoming.CategoryId && c.AreaId == incoming.AreaId && c.RegisteredAtUtc >= since, cancellationToken);
    }
}
