namespace Hotline.Intake.CaseView;

/// <summary>The case with its caller as stored, for the archive (the archive masks at display and print).</summary>
internal sealed class CaseRecordFactsSource(IDbContextFactory<IntakeDbContext> contexts) : ICaseRecordFacts
{
    public async Task<CaseRecordFacts?> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, cancellationToken);
        if (c is null)
            return null;
        var files = await db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken);
        // The decision is not kept as a status of its own: a case decided at intake keeps that status, any other was accepted.
        CaseStatus? decision = c.DecidedAtUtc is null ? null : c.Status.IsClosedAtIntake() ? c.Status : CaseStatus.Accepted;
        return new CaseRecordFacts(c.Id, c.Number, c.CallerName, c.CallerPhone, c.IsAnonymous, c.RegisteredBy, decision,
            c.DecidedAtUtc, c.DecidedBy, c.DecisionText,
            files.OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.FileName, StringComparer.Ordinal)
                .Select(a => new CaseAttachmentFact(a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAtUtc, a.UploadedBy)).ToList());
    }
}
