using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Intake.Contracts;
using Hotline.Platform.Cases;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;

namespace Hotline.Archive.Archiving;

/// <summary>
/// Gathers a closed case from every module's contracts into one snapshot, names resolved to text. Reads only;
/// what it returns is sealed by <see cref="ArchiveWriter"/>.
/// </summary>
internal sealed class RecordAssembler(
    ICaseDirectory cases,
    ICaseRecordFacts caseFacts,
    IAssignmentDirectory assignments,
    IHandlingRecordFacts handling,
    IEvaluationRecordFacts evaluation,
    CaseTimelineReader timeline,
    ICategoryCatalog catalog,
    IAreaDirectory areas,
    IUnitDirectory units,
    ArchiveSettingsService settings)
{
    public async Task<ArchiveRecord.Contents> AssembleAsync(ClosedCaseFact closing, CancellationToken ct)
    {
        var summary = await cases.GetAsync(closing.CaseId, ct)
            ?? throw new InvalidOperationException($"Case {closing.CaseNumber} is unknown to Intake.");
        var facts = await caseFacts.GetAsync(closing.CaseId, ct)
            ?? throw new InvalidOperationException($"Case {closing.CaseNumber} has no intake facts.");
        var assigned = await assignments.ForCaseAsync(closing.CaseId, ct);
        var handled = await handling.ForCaseAsync(closing.CaseId, ct);
        var (revisits, followUps) = await evaluation.ForCaseAsync(closing.CaseId, ct);
        var steps = await timeline.ReadAsync(closing.CaseId, CaseViewer.Center, ct);

        var unitIds = assigned.Select(a => a.UnitId)
            .Concat(handled.Replies.Select(r => r.UnitId)).Concat(handled.Extensions.Select(x => x.UnitId))
            .Concat(closing.LeadUnitId is { } lead ? [lead] : []).Concat(summary.SubjectUnitId is { } s ? [s] : []);
        var unitNames = (await units.GetUnitsAsync(unitIds.Distinct(), ct)).ToDictionary(u => u.Id, u => u.Name);
        string Unit(Guid id) => unitNames.GetValueOrDefault(id) ?? id.ToString("D");

        var requestType = await catalog.GetRequestTypeAsync(summary.RequestType, ct);
        var category = await catalog.GetCategoryAsync(summary.CategoryId, ct);
        var area = await areas.GetAreaAsync(summary.AreaId, ct);
        var leadUnit = closing.LeadUnitId is { } leadId ? Unit(leadId) : null;

        var snapshot = new RecordSnapshot
        {
            Case = new SnapshotCase(summary.CaseId, summary.CaseNumber, summary.RequestType.ToString(), requestType.Name, summary.CategoryId,
                category?.PathName ?? "—", summary.AreaId, area?.PathName ?? "—", summary.Address, summary.Content,
                summary.Channel.DisplayName(), summary.Urgency.DisplayName(), summary.IsConfidential,
                summary.SubjectUnitId is { } subject ? Unit(subject) : null, summary.RegisteredAtUtc),
            Caller = new SnapshotCaller(facts.CallerName, facts.CallerPhone, facts.CallerAnonymous),
            Acceptance = new SnapshotAcceptance(facts.RegisteredBy, facts.Decision?.DisplayName(), facts.DecidedAtUtc, facts.DecidedBy, facts.DecisionText),
            Assignments = assigned.OrderBy(a => a.DispatchedAtUtc).ThenBy(a => a.AssignmentId)
                .Select(a => new SnapshotAssignment(a.AssignmentId, Unit(a.UnitId), a.Role.DisplayName(), a.ParentAssignmentId is not null,
                    a.DispatchedAtUtc, a.CompletionDueUtc, a.IsActive)).ToList(),
            Replies = handled.Replies.Select(r => new SnapshotReply(r.Round, Unit(r.UnitId), r.Result.DisplayName(), r.Text, r.CallerDeclinedCallback,
                r.SubmittedAtUtc, r.SubmittedBy, r.Status, r.DecidedAtUtc, r.DecidedBy, r.DecisionNote)).ToList(),
            Extensions = handled.Extensions.Select(x => new SnapshotExtension(Unit(x.UnitId), x.Reason, x.Measures, x.CurrentDueUtc, x.RequestedDueUtc,
                x.RequestedAtUtc, x.RequestedBy, x.Status, x.DecidedAtUtc, x.DecidedBy, x.DecisionNote)).ToList(),
            Revisits = revisits.Select(v => new SnapshotRevisit(v.Round, v.Channel, v.Reach, v.Resolved, v.IntakeRating?.DisplayName(),
                v.HandlingRating?.DisplayName(), v.CallerWords, v.AtUtc, v.By)).ToList(),
            FollowUps = followUps.Select(f => new SnapshotFollowUp(f.Round, f.Cause, f.Why, f.Instructions, f.Decision, f.AtUtc, f.By,
                f.SupervisorDecision, f.SupervisorNote, f.SupervisorDecidedAtUtc, f.SupervisorDecidedBy)).ToList(),
            Closing = new SnapshotClosing(closing.Outcome.DisplayName(), closing.IntakeRating?.DisplayName(), closing.HandlingRating?.DisplayName(),
                closing.Resolved, leadUnit, closing.RedoRounds, RecordHashing.Truncate(closing.ClosedAtUtc)),
            Timeline = steps.Select(s => new SnapshotStep(s.AtUtc, s.Stage, s.Action, s.Actor, s.UnitName, s.Detail, s.DueUtc, s.OnTime)).ToList(),
            Attachments =
            [
                .. facts.Attachments.Select(a => new SnapshotAttachment("受理", a.FileName, a.ContentType, a.Size, NullIfBlank(a.Sha256), a.UploadedAtUtc, a.UploadedBy)),
                .. handled.Attachments.Select(a => new SnapshotAttachment("办理", a.FileName, a.ContentType, a.Size, NullIfBlank(a.Sha256), a.UploadedAtUtc, a.UploadedBy)),
            ],
        };

        var retention = (await settings.GetAsync(ct)).For(summary.RequestType);
        return new ArchiveRecord.Contents(summary.CaseId, summary.CaseNumber, summary.RequestType.ToString(), summary.CategoryId,
            category?.PathName ?? "—", summary.AreaId, closing.LeadUnitId, leadUnit ?? "", summary.Content, facts.CallerPhone, summary.IsConfidential, retention,
            closing.ClosedAtUtc, CanonicalJson.Serialize(snapshot));
    }

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
