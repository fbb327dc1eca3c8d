using Hotline.Dispatch.Returns;
using Hotline.Platform.Slots;

namespace Hotline.Dispatch.Queue;

/// <summary>待我处理 for dispatchers: cases waiting to be dispatched and return requests waiting for review; for supervisors also 待指定办理 and disputes.</summary>
internal sealed class DispatchWorkItems(DispatchQueue queue, ReturnQueries returns, AccessGate gate) : IWorkItemSource
{
    public async Task<WorkItemBatch> TakeAsync(int max, CancellationToken cancellationToken = default)
    {
        var items = new List<WorkItem>();
        var counts = new List<WorkItemCount>();

        var waiting = await queue.WaitingAsync(new QueueFilter(), 0, max, cancellationToken);
        counts.Add(new WorkItemCount("待派单", waiting.Total, "/dispatch"));
        items.AddRange(waiting.Rows.Select(r => new WorkItem("待派单", r.CaseNumber, r.Summary, null, false, $"/dispatch/{r.CaseId}", "派单",
            Urgent: r.Urgency != Urgency.Normal, SinceUtc: r.QueuedAtUtc)));

        var pending = await returns.PageAsync(new ReturnListQuery(ReturnListKind.Pending, 0, max), cancellationToken);
        counts.Add(new WorkItemCount("退单待审核", pending.Total, "/dispatch/returns"));
        items.AddRange(pending.Rows.Select(r => new WorkItem("退单待审核", r.CaseNumber, $"{r.UnitName}：{r.CaseSummary}", null, false,
            "/dispatch/returns", "审核", SinceUtc: r.AppliedAtUtc)));

        if (await gate.IsInAnyRoleAsync(DispatchAccess.Supervisors))
        {
            var designation = await queue.AwaitingDesignationAsync(new QueueFilter(), 0, max, cancellationToken);
            counts.Add(new WorkItemCount("待指定办理", designation.Total, "/dispatch/designation"));
            items.AddRange(designation.Rows.Select(r => new WorkItem("待指定办理", r.CaseNumber, r.Summary, null, false, "/dispatch/designation", "指定",
                Urgent: r.Urgency != Urgency.Normal, SinceUtc: r.QueuedAtUtc)));
            var disputed = await returns.PageAsync(new ReturnListQuery(ReturnListKind.Disputed, 0, max), cancellationToken);
            counts.Add(new WorkItemCount("退单争议", disputed.Total, "/dispatch/disputes"));
            items.AddRange(disputed.Rows.Select(r => new WorkItem("退单争议", r.CaseNumber, $"{r.UnitName}：{r.CaseSummary}", null, false,
                "/dispatch/disputes", "裁定", SinceUtc: r.DisputedAtUtc)));
        }
        return new WorkItemBatch(items, counts);
    }
}
