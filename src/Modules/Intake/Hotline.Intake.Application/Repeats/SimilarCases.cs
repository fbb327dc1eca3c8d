namespace Hotline.Intake.Repeats;

internal sealed record CallerHistoryItem(Guid CaseId, string Number, CaseStatus Status, RequestTypeCode RequestType, string Content, DateTime RegisteredAtUtc);

/// <param name="SameCaller">Found because the caller is the same, not only because the place and matter match.</param>
internal sealed record SimilarCase(Guid CaseId, string Number, CaseStatus Status, string Content, DateTime RegisteredAtUtc, double Score, bool SameCaller);

/// <summary>Looks up what the agent needs while the caller is still talking: history and likely duplicates.</summary>
internal sealed class SimilarCases(IDbContextFactory<IntakeDbContext> contexts, IntakeAccess access, TimeProvider clock)
{
    public const double Threshold = 0.2;
    private static readonly CaseStatus[] OpenStatuses =
        [CaseStatus.PendingAcceptance, CaseStatus.Accepted, CaseStatus.Dispatched, CaseStatus.InHandling, CaseStatus.Replied];

    /// <summary>来电历史: the caller's earlier cases, newest first.</summary>
    public async Task<IReadOnlyList<CallerHistoryItem>> HistoryAsync(string phone, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(IntakeAccess.Registrars);
        var normalized = PhoneNumberRules.Normalize(phone);
        if (!PhoneNumberRules.IsValid(normalized))
            return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var viaMerges = db.Requests.Where(r => r.CallerPhone == normalized).Select(r => r.CaseId);
        return await db.Cases.AsNoTracking()
            .Where(c => c.CallerPhone == normalized || viaMerges.Contains(c.Id))
            .OrderByDescending(c => c.RegisteredAtUtc)
            .Take(20)
            .Select(c => new CallerHistoryItem(c.Id, c.Number, c.Status, c.RequestType, c.Content, c.RegisteredAtUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Open cases that look like the same problem: the same caller, or the same area and category in the
    /// last 30 days with similar text; ranked by bigram similarity, the same caller first on ties.
    /// </summary>
    public async Task<IReadOnlyList<SimilarCase>> FindAsync(string? phone, Guid? areaId, Guid? categoryId, string? content, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(IntakeAccess.Registrars);
        var normalized = string.IsNullOrWhiteSpace(phone) ? null : PhoneNumberRules.Normalize(phone);
        if (normalized is not null && !PhoneNumberRules.IsValid(normalized))
            normalized = null;
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-IntakeLimits.SimilarWindowDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await db.Cases.AsNoTracking()
            .Where(c => OpenStatuses.Contains(c.Status))
            .Where(c => (normalized != null && c.CallerPhone == normalized)
                || (areaId != null && categoryId != null && c.AreaId == areaId && c.CategoryId == categoryId && c.RegisteredAtUtc >= since))
            .OrderByDescending(c => c.RegisteredAtUtc)
            .Take(200)
            .Select(c => new { c.Id, c.Number, c.Status, c.Content, c.RegisteredAtUtc, c.CallerPhone })
            .ToListAsync(cancellationToken);
        return candidates
            .Select(c => new SimilarCase(c.Id, c.Number, c.Status, c.Content, c.RegisteredAtUtc,
                TextSimilarity.Dice(content, c.Content), normalized is not null && c.CallerPhone == normalized))
            .Where(c => c.SameCaller || c.Score >= Threshold)
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.SameCaller)
            .ThenByDescending(c => c.RegisteredAtUtc)
            .Take(10)
            .ToList();
    }
}
