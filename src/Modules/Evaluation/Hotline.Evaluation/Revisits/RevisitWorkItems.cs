using Hotline.Evaluation.Shared;
using Hotline.Platform.Slots;

namespace Hotline.Evaluation.Revisits;

/// <summary>待我处理 for agents and supervisors: revisits and follow-ups, earliest due first.</summary>
internal sealed class RevisitWorkItems(RevisitQueue queue) : IWorkItemSource
{
    public async Task<WorkItemBatch> TakeAsync(int max, CancellationToken cancellationToken = default)
    {
        var (rows, total) = await queue.ListAsync(null, null, 0, max, cancellationToken);
        var items = rows.Select(r => new WorkItem(r.State == RevisitState.FollowUp ? "待跟进" : "待回访", r.CaseNumber,
            r.LeadUnitName is { } unit ? $"{unit}已答复" : "受理环节办结", r.DueUtc, r.Due.Light == DueLight.Red,
            $"/evaluation/revisits/{r.CaseId}", "回访", Urgent: r.Due.Light == DueLight.Yellow)).ToList();
        return new WorkItemBatch(items, [new WorkItemCount("待回访", total, "/evaluation/revisits")]);
    }
}
