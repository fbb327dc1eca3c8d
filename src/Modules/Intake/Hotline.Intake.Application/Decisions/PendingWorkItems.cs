using Hotline.Intake.CaseSearch;
using Hotline.Platform.Slots;

namespace Hotline.Intake.Decisions;

/// <summary>待我处理 for agents and supervisors: requests from the public channels waiting for the acceptance decision.</summary>
internal sealed class PendingWorkItems(CaseQueries queries) : IWorkItemSource
{
    public async Task<WorkItemBatch> TakeAsync(int max, CancellationToken cancellationToken = default)
    {
        var pending = await queries.PendingAsync(cancellationToken);
        var items = pending.OrderBy(r => r.RegisteredAtUtc).Take(max)
            .Select(r => new WorkItem("待受理", r.Number, r.Content, null, false, "/intake/pending", "受理",
                Urgent: r.Urgency != Urgency.Normal, SinceUtc: r.RegisteredAtUtc)).ToList();
        return new WorkItemBatch(items, [new WorkItemCount("待受理", pending.Count, "/intake/pending")]);
    }
}
