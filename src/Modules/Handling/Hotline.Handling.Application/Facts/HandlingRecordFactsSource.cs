namespace Hotline.Handling.Facts;

/// <summary>Replies, extensions and attachments of a case in the order they happened, for the archive.</summary>
internal sealed class HandlingRecordFactsSource(IDbContextFactory<HandlingDbContext> contexts) : IHandlingRecordFacts
{
    public async Task<HandlingRecordFacts> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var replies = await db.Replies.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(cancellationToken);
        var extensions = await db.Extensions.AsNoTracking().Where(x => x.CaseId == caseId).ToListAsync(cancellationToken);
        var files = await db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken);
        return new HandlingRecordFacts(
            replies.OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id)
                .Select(r => new ReplyFact(r.Id, r.AssignmentId, r.UnitId, r.Round, r.Result, r.Text, r.CallerDeclinedCallback,
                    r.SubmittedAtUtc, r.SubmittedBy, r.Status.DisplayName(), r.DecidedAtUtc, r.DecidedBy, r.DecisionNote)).ToList(),
            extensions.OrderBy(x => x.RequestedAtUtc).ThenBy(x => x.Id)
                .Select(x => new ExtensionFact(x.Id, x.AssignmentId, x.UnitId, x.Reason, x.Measures, x.CurrentDueUtc, x.RequestedDueUtc,
                    x.RequestedAtUtc, x.RequestedBy, x.Status.DisplayName(), x.DecidedAtUtc, x.DecidedBy, x.DecisionNote)).ToList(),
            files.OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.FileName, StringComparer.Ordinal)
                .Select(a => new HandlingAttachmentFact(a.AssignmentId, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAtUtc, a.UploadedBy)).ToList());
    }
}
