using Hotline.Platform.Attachments;
using Hotline.Platform.Cases;
using Hotline.Platform.Identity;

namespace Hotline.Intake.CaseView;

internal sealed record RequestView(DateTime ReceivedAtUtc, Channel Channel, string Content, bool IsOriginal, string? ReceivedBy);

internal sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size);

internal sealed record CaseDetail(
    CaseSummary Summary,
    CallerView Caller,
    string? RepeatOfNumber,
    string? MergedIntoNumber,
    string? DecisionText,
    string? DecisionBasis,
    string? DecisionGuidance,
    string? DecisionReasonName,
    EmergencyLine? EmergencyLine,
    DateTime? DecidedAtUtc,
    string? DecidedBy,
    string? RegisteredBy,
    Guid Version,
    IReadOnlyList<RequestView> Requests,
    IReadOnlyList<AttachmentView> Attachments,
    int AttachmentsWithheld,
    IReadOnlyList<CaseTimelineStep> Timeline,
    bool IsCenterView,
    bool CanRevealPhone,
    CallView? Call);

/// <summary>The phone call the case was registered from (来电弹屏), for the center only.</summary>
internal sealed record CallView(string CallId, int? DurationSeconds)
{
    /// <summary>通话时长 as people say it ("3 分 12 秒"); until the phone system reports the end there is none to show.</summary>
    public string DurationText => DurationSeconds is not { } s ? "未上报（通话未结束）"
        : s < 60 ? $"{s} 秒"
        : s < 3600 ? $"{s / 60} 分 {s % 60} 秒"
        : $"{s / 3600} 小时 {s % 3600 / 60} 分 {s % 60} 秒";
}

/// <summary>One case as its viewer may see it: the center, or a member unit that is on the case.</summary>
internal sealed class CaseDetails(
    IDbContextFactory<IntakeDbContext> contexts,
    IntakeAccess access,
    CallerIdentityService callers,
    CaseTimelineReader timelines,
    AttachmentStore store,
    CurrentUser currentUser,
    TimeProvider clock)
{
    /// <returns>null when no case has that id.</returns>
    /// <exception cref="UnauthorizedAccessException">The viewer's unit is not on the case.</exception>
    public async Task<CaseDetail?> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        // A unit gets the same refusal for a case that does not exist as for one it is not on.
        var (viewer, _) = await access.RequireCaseViewerAsync(caseId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, cancellationToken);
        if (c is null)
            return null;
        var related = new[] { c.RepeatOfCaseId, c.MergedIntoCaseId }.Where(id => id is not null).Select(id => id!.Value).ToList();
        var numbers = await db.Cases.AsNoTracking().Where(x => related.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Number, cancellationToken);
        var reason = c.DecisionReasonCode is null ? null
            : await db.NonAcceptanceReasons.AsNoTracking().Where(r => r.Code == c.DecisionReasonCode).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken);
        var requests = await db.Requests.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.ReceivedAtUtc)
            .Select(r => new RequestView(r.ReceivedAtUtc, r.Channel, r.Content, r.IsOriginal, r.ReceivedBy)).ToListAsync(cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.UploadedAtUtc)
            .Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(cancellationToken);
        var timeline = await timelines.ReadAsync(caseId, viewer, cancellationToken);
        var caller = await callers.ViewAsync(caseId, cancellationToken);
        // The caller's uploads are the caller's material: a unit kept from the caller's identity is kept from them too.
        var withheld = caller.IdentityWithheld ? attachments.Count : 0;
        return new CaseDetail(
            CaseDirectory.ToSummary(c), caller,
            c.RepeatOfCaseId is { } r ? numbers.GetValueOrDefault(r) : null,
            c.MergedIntoCaseId is { } m ? numbers.GetValueOrDefault(m) : null,
            c.DecisionText, c.DecisionBasis, c.DecisionGuidance, reason, c.EmergencyLine, c.DecidedAtUtc, c.DecidedBy, c.RegisteredBy, c.Version,
            requests, withheld > 0 ? [] : attachments, withheld, timeline, viewer.IsCenter, await callers.CanRevealAsync(caseId, cancellationToken),
            viewer.IsCenter && c.CallId is not null ? new CallView(c.CallId, c.CallDurationSeconds) : null);
    }

    public const string DownloadAuditAction = "下载诉求附件";
    public const string AttachmentsWithheldMessage = "诉求人提交的附件已保密，如需查看请联系热线中心。";

    /// <summary>An attachment's bytes for download by whoever may see its case; the caller's material, so every download is audited.</summary>
    public async Task<(AttachmentView Info, Stream Content)?> OpenAttachmentAsync(Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var a = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId, cancellationToken);
        if (a is null)
            return null;
        var (viewer, _) = await access.RequireCaseViewerAsync(a.CaseId, cancellationToken);
        if (!viewer.IsCenter && (await callers.ViewAsync(a.CaseId, cancellationToken)).IdentityWithheld)
            throw new UnauthorizedAccessException(AttachmentsWithheldMessage);
        var number = await db.Cases.AsNoTracking().Where(c => c.Id == a.CaseId).Select(c => c.Number).FirstAsync(cancellationToken);
        db.Audit(await currentUser.ActorAsync(), clock, DownloadAuditAction, "Case", number, a.FileName);
        await db.SaveChangesAsync(cancellationToken);
        return (new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size), store.Open(a.Sha256));
    }
}
