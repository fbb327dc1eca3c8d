using Hotline.Platform.Attachments;

namespace Hotline.Handling.Notes;

/// <summary>A stored attachment with its content, for download.</summary>
internal sealed record AttachmentFile(string FileName, string ContentType, Stream Content);

/// <summary>办理过程记录: the unit's progress notes with photos or documents (images/PDF ≤ 10 MB, checked by content at staging).</summary>
internal sealed class NoteService(
    IDbContextFactory<HandlingDbContext> contexts,
    HandlingAccess access,
    HandlingLive live,
    AttachmentStore store,
    TimeProvider clock)
{
    public const int MaxAttachments = 10;

    public async Task<Guid> AddAsync(Guid assignmentId, string text, IReadOnlyList<StagedAttachment> attachments, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (a, actor, _) = await access.ForUnitAsync(db, assignmentId, HandlingAccess.UnitRoles, cancellationToken: cancellationToken);
        HandlingRules.RequireSigned(a);
        var body = HandlingRules.Trimmed(text, HandlingModel.TextMax, "办理过程记录")
            ?? throw new BusinessRuleException("请填写办理过程记录。");
        if (attachments.Count > MaxAttachments)
            throw new BusinessRuleException($"每条记录最多 {MaxAttachments} 个附件。");

        var now = clock.GetUtcNow().UtcDateTime;
        var note = new ProgressNote { AssignmentId = a.Id, CaseId = a.CaseId, Text = body, AtUtc = now, By = actor.UserName };
        db.Notes.Add(note);
        foreach (var file in attachments)
        {
            db.Attachments.Add(new HandlingAttachment
            {
                AssignmentId = a.Id,
                CaseId = a.CaseId,
                NoteId = note.Id,
                FileName = file.FileName,
                ContentType = file.ContentType,
                Size = file.Size,
                Sha256 = file.Sha256,
                UploadedAtUtc = now,
                UploadedBy = actor.UserName,
            });
        }
        db.AddTimeline(a, actor, now, "办理过程记录", attachments.Count > 0 ? $"{body}（附件 {attachments.Count} 个）" : body);
        db.Audit(actor, clock, "添加办理过程记录", "Assignment", a.CaseNumber, attachments.Count > 0 ? $"附件 {attachments.Count} 个" : null);
        await live.PublishAfterSaveAsync(db, [a.UnitId], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return note.Id;
    }

    /// <summary>An attachment of an assignment the signed-in user may read (its unit or an ancestor, or the center); audited.</summary>
    public async Task<AttachmentFile> OpenAsync(Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var file = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId, cancellationToken)
            ?? throw new UnauthorizedAccessException(HandlingAccess.Denied);
        var a = await access.LoadForReadAsync(db, file.AssignmentId, cancellationToken);
        db.Audit(await access.Gate.ActorAsync(), clock, "下载办理附件", "Assignment", a.CaseNumber, file.FileName);
        await db.SaveChangesAsync(cancellationToken);
        return new AttachmentFile(file.FileName, file.ContentType, store.Open(file.Sha256));
    }
}
