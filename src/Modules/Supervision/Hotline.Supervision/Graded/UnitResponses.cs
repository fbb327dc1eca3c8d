using Hotline.Platform.Attachments;
using Hotline.Platform.Auditing;
using Hotline.Supervision.Workbench;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;

namespace Hotline.Supervision.Graded;

/// <summary>督办回复: a unit answers its own open supervisions with the measures taken and the result, with files if it has them.</summary>
internal sealed class UnitResponses(IDbContextFactory<SupervisionDbContext> contexts, AccessGate gate, StaffName staff, SupervisionLive live,
    IStaffDirectory directory, SupervisionQueries queries, AttachmentStore store, TimeProvider clock)
{
    public const string NotYours = "该督办不属于您的单位。";

    public async Task RespondAsync(Guid id, Guid version, string response, IReadOnlyList<StagedAttachment>? attachments = null, CancellationToken ct = default)
    {
        attachments ??= [];
        if (attachments.Count > ResponseAttachment.MaxPerResponse)
            throw new BusinessRuleException($"每次回复最多 {ResponseAttachment.MaxPerResponse} 个附件。", "attachments");
        var (_, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitHandler, HotlineRoles.UnitManager);
        var name = await staff.CurrentAsync();
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Supervisions.AnyAsync(x => x.Id == id && x.UnitId == unitId, ct))
            throw new UnauthorizedAccessException(NotYours);
        var s = await SupervisorDesk.LoadAsync(db, id, version, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        s.Respond(response, name, now);
        foreach (var file in attachments)
            db.ResponseAttachments.Add(ResponseAttachment.Of(s.Id, file, name, now));
        // The Supervisors read the answer from the bell, straight into the review.
        foreach (var supervisor in await directory.EnabledInRoleAsync(HotlineRoles.Supervisor, ct))
            db.QueueNotification(NotificationChannel.InApp, supervisor, $"督办回复待审核：{(s.CaseNumber.Length > 0 ? s.CaseNumber : "知识库维护")}",
                $"{name}{(s.RespondedLate ? "（逾期）" : "")}：{Hotline.Platform.Slots.CaseLookups.Shorten(s.Response!)}", clock, $"/supervision/{s.Id}");
        await db.SaveOrConflictAsync(NumberedSave.ConflictMessage, ct);
        live.Changed();
    }

    /// <summary>A response attachment of a supervision the signed-in user may read (its unit's, or any for the center); audited.</summary>
    public async Task<(string FileName, string ContentType, Stream Content)> OpenAttachmentAsync(Guid attachmentId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var file = await db.ResponseAttachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId, ct)
            ?? throw new UnauthorizedAccessException(NotYours);
        if (await queries.GetAsync(file.SupervisionId, ct) is not { } visible)
            throw new UnauthorizedAccessException(NotYours);
        db.Audit(await gate.ActorAsync(), clock, "下载督办回复附件", "CaseSupervision", visible.Row.CaseNumber, file.FileName);
        await db.SaveChangesAsync(ct);
        return (file.FileName, file.ContentType, store.Open(file.Sha256));
    }
}
