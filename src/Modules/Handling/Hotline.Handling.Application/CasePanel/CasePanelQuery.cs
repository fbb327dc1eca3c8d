using Hotline.Platform.Attachments;
using Hotline.Handling.CoOpinions;
using Hotline.Handling.Extensions;
using Hotline.Handling.Replies;

namespace Hotline.Handling.CasePanel;

/// <summary>
/// The 办理情况 panel of a case: every assignment for center roles, only the own unit's and its
/// sub-units' for a member unit. The caller's identity is never part of it.
/// </summary>
internal sealed class CasePanelQuery(
    IDbContextFactory<HandlingDbContext> contexts,
    AccessGate gate,
    IUnitDirectory units,
    AttachmentStore attachments,
    TimeProvider clock)
{
    public async Task<CasePanelView> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var (isCenter, unitId) = await ViewerAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Assignments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.DispatchedAtUtc).ToListAsync(cancellationToken);
        var visible = new List<HandlingAssignment>();
        foreach (var a in all)
        {
            if (isCenter || await units.IsSameOrDescendantAsync(a.UnitId, unitId!.Value, cancellationToken))
                visible.Add(a);
        }
        if (visible.Count == 0)
            return new CasePanelView(isCenter, false, []);

        var ids = visible.Select(a => a.Id).ToList();
        var shielded = !isCenter && await HandlingRules.IdentityWithheldFromAsync(units, visible[0], unitId!.Value, cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.AssignmentId)).OrderBy(c => c.ContactedAtUtc).ToListAsync(cancellationToken);
        var notes = await db.Notes.AsNoTracking().Where(n => ids.Contains(n.AssignmentId)).OrderBy(n => n.AtUtc).ToListAsync(cancellationToken);
        var files = await db.Attachments.AsNoTracking().Where(f => ids.Contains(f.AssignmentId)).OrderBy(f => f.UploadedAtUtc).ToListAsync(cancellationToken);
        var extensions = await db.Extensions.AsNoTracking().Where(e => ids.Contains(e.AssignmentId)).OrderBy(e => e.RequestedAtUtc).ToListAsync(cancellationToken);
        var opinions = await db.CoOpinions.AsNoTracking().Where(o => ids.Contains(o.AssignmentId)).ToListAsync(cancellationToken);
        var replies = await db.Replies.AsNoTracking().Where(r => ids.Contains(r.AssignmentId))
            .OrderByDescending(r => r.Round).ThenByDescending(r => r.SubmittedAtUtc).ToListAsync(cancellationToken);
        var names = (await units.GetUnitsAsync(all.Select(a => a.UnitId).Distinct(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        string Name(Guid id) => names.GetValueOrDefault(id, "（未知单位）");

        var rows = visible.Select(a =>
        {
            var parent = all.FirstOrDefault(p => p.Id == a.ParentAssignmentId);
            var opinion = opinions.FirstOrDefault(o => o.AssignmentId == a.Id);
            return new PanelAssignment(a.Id, a.UnitId, Name(a.UnitId), a.Role, parent is null ? null : Name(parent.UnitId), a.Status,
                a.DispatchedAtUtc, a.SignForDueUtc, a.SignedAtUtc, a.SignedBy, a.SignedLate, a.FirstContactDueUtc, a.FirstContactAtUtc,
                a.ContactedOnTime, a.CompletionDueUtc, a.Extended, a.RepliedAtUtc, a.RepliedOnTime, a.RedoRound, a.RedoReason,
                a.ProceedWithoutOpinionsAtUtc, a.ProceedWithoutOpinionsReason,
                contacts.Where(c => c.AssignmentId == a.Id).Select(c => new PanelContact(c.ContactedAtUtc, c.Method, c.Reached,
                    CenterContactNotes.Shown(c.Method, c.IsResultNotice, c.Note, shielded), c.IsResultNotice, c.RecordedBy)).ToList(),
                notes.Where(n => n.AssignmentId == a.Id).Select(n => new PanelNote(n.AtUtc, n.By, n.Text,
                    files.Where(f => f.NoteId == n.Id).Select(f => new PanelAttachment(f.Id, f.FileName, f.Size)).ToList())).ToList(),
                extensions.Where(e => e.AssignmentId == a.Id).Select(e => new ExtensionRow(e.Id, e.Version, a.Id, a.CaseId, a.CaseNumber, a.Summary,
                    e.UnitId, Name(e.UnitId), e.Reason, e.Measures, e.CurrentDueUtc, e.RequestedDueUtc, e.RequestedAtUtc, e.RequestedBy, e.Status,
                    e.DecidedAtUtc, e.DecidedBy, e.DecisionNote)).ToList(),
                opinion is null ? null : new CoOpinionRow(a.Id, a.UnitId, Name(a.UnitId), false, a.CompletionDueUtc, false, opinion.Text,
                    opinion.SubmittedAtUtc, opinion.SubmittedBy),
                replies.Where(r => r.AssignmentId == a.Id).Select(r => new ReplyRow(r.Id, r.Version, r.AssignmentId, r.UnitId, Name(r.UnitId), r.Round,
                    r.Result, r.Text, r.ExplanationToCenter, r.CallerDeclinedCallback, r.SubmittedAtUtc, r.SubmittedBy, r.Status, r.DecidedAtUtc,
                    r.DecidedBy, r.DecisionNote, false)).ToList(),
                files.Where(f => f.AssignmentId == a.Id && f.NoteId == null).Select(f => new PanelAttachment(f.Id, f.FileName, f.Size)).ToList());
        }).ToList();
        return new CasePanelView(isCenter, isCenter && await gate.IsInAnyRoleAsync(HandlingAccess.CenterContactRoles), rows);
    }

    /// <summary>Opens an attachment of an assignment the viewer may see.</summary>
    public async Task<(string FileName, string ContentType, Stream Content)> OpenAttachmentAsync(Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var (isCenter, unitId) = await ViewerAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var file = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(f => f.Id == attachmentId, cancellationToken)
            ?? throw new BusinessRuleException("附件不存在。");
        var assignment = await db.Assignments.AsNoTracking().FirstAsync(a => a.Id == file.AssignmentId, cancellationToken);
        if (!isCenter && !await units.IsSameOrDescendantAsync(assignment.UnitId, unitId!.Value, cancellationToken))
            throw new UnauthorizedAccessException("该附件不属于本单位的工单，无权查看。");
        // The same audit as opening it from the notes section: every download of a caller's case material is traceable.
        db.Audit(await gate.ActorAsync(), clock, "下载办理附件", "Assignment", assignment.CaseNumber, file.FileName);
        await db.SaveChangesAsync(cancellationToken);
        return (file.FileName, file.ContentType, attachments.Open(file.Sha256));
    }

    private async Task<(bool IsCenter, Guid? UnitId)> ViewerAsync()
    {
        if (await gate.IsCenterAsync())
            return (true, null);
        var (_, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitHandler, HotlineRoles.UnitManager);
        return (false, unitId);
    }
}
