using Hotline.Platform.Calendar;
using Hotline.Handling.Deadlines;
using Hotline.Handling.Settings;

namespace Hotline.Handling.Workbench;

/// <summary>Reads of one assignment for the assignment page and the case panel; the unit scope is checked on every read.</summary>
internal sealed class AssignmentQueries(
    IDbContextFactory<HandlingDbContext> contexts,
    HandlingAccess access,
    HandlingSettingsService settings,
    IWorkingCalendar calendar,
    IUnitDirectory units,
    TimeProvider clock)
{
    public async Task<AssignmentView> GetAsync(Guid assignmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var a = await access.LoadForReadAsync(db, assignmentId, cancellationToken);
        var viewerUnit = await access.Gate.UnitIdAsync();
        var isUnitUser = await access.Gate.IsInAnyRoleAsync(HandlingAccess.UnitRoles);
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var s = await settings.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var unit = await units.GetUnitAsync(a.UnitId, cancellationToken);
        var withheld = isUnitUser && viewerUnit is { } v && await HandlingRules.IdentityWithheldFromAsync(units, a, v, cancellationToken);
        return new AssignmentView(
            a.Id, a.CaseId, a.CaseNumber, a.UnitId, unit?.Name ?? "", a.Role, a.ParentAssignmentId is not null,
            a.RequestType, a.Summary, a.DispatchNote, a.Status, a.DispatchedAtUtc,
            AssignmentDeadlines.SignFor(a, now, s),
            AssignmentDeadlines.FirstContact(a, now, s),
            AssignmentDeadlines.Completion(a, now, rules, s),
            a.SignedAtUtc, a.SignedBy, a.SignedLate, a.FirstContactAtUtc, a.CallerReachable,
            // The center may always see the caller; a unit not when the caller is protected from it.
            IdentityWithheld: withheld,
            a.Extended, a.RedoRound, a.RedoReason,
            IsOwnUnit: isUnitUser && viewerUnit == a.UnitId,
            a.Version);
    }

    public async Task<IReadOnlyList<ContactRow>> ContactsAsync(Guid assignmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var a = await access.LoadForReadAsync(db, assignmentId, cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.AssignmentId == assignmentId)
            .OrderBy(c => c.ContactedAtUtc).ThenBy(c => c.RecordedAtUtc).ToListAsync(cancellationToken);
        var first = contacts.FirstOrDefault(c => c.Reached && !c.IsResultNotice && c.ContactedAtUtc == a.FirstContactAtUtc);
        var shielded = await ShieldedViewerAsync(a, cancellationToken);
        return contacts.Select(c => new ContactRow(c.Id, c.ContactedAtUtc, c.Method, c.Reached,
            CenterContactNotes.Shown(c.Method, c.IsResultNotice, c.Note, shielded), c.IsResultNotice,
            c.RecordedAtUtc, c.RecordedBy, c == first)).ToList();
    }

    /// <summary>Whether the signed-in user is a unit user shielded from the case's caller.</summary>
    private async Task<bool> ShieldedViewerAsync(HandlingAssignment a, CancellationToken cancellationToken) =>
        await access.Gate.IsInAnyRoleAsync(HandlingAccess.UnitRoles) && await access.Gate.UnitIdAsync() is { } v
        && await HandlingRules.IdentityWithheldFromAsync(units, a, v, cancellationToken);

    public async Task<IReadOnlyList<NoteRow>> NotesAsync(Guid assignmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await access.LoadForReadAsync(db, assignmentId, cancellationToken);
        var notes = await db.Notes.AsNoTracking().Where(n => n.AssignmentId == assignmentId)
            .OrderByDescending(n => n.AtUtc).ToListAsync(cancellationToken);
        var files = await db.Attachments.AsNoTracking().Where(f => f.AssignmentId == assignmentId && f.NoteId != null)
            .OrderBy(f => f.UploadedAtUtc).ToListAsync(cancellationToken);
        return notes.Select(n => new NoteRow(n.Id, n.AtUtc, n.By, n.Text,
            files.Where(f => f.NoteId == n.Id).Select(f => new AttachmentRow(f.Id, f.FileName, f.Size)).ToList())).ToList();
    }
}
