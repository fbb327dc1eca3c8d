using Hotline.Platform.Slots;

namespace Hotline.Handling.Deadlines;

/// <summary>待我处理 for supervisors and dispatchers: assignments past or near a deadline, from the 办理时限 board.</summary>
internal sealed class CenterDeadlineWorkItems(DeadlineBoard board) : IWorkItemSource
{
    public async Task<WorkItemBatch> TakeAsync(int max, CancellationToken cancellationToken = default)
    {
        var items = new List<WorkItem>();
        var counts = new List<WorkItemCount>();
        foreach (var (light, kind) in new[] { (TrafficLight.Red, "办理超时"), (TrafficLight.Yellow, "临近时限") })
        {
            var page = await board.PageAsync(new DeadlineQuery(Light: light, PageSize: max), cancellationToken);
            counts.Add(new WorkItemCount(kind, page.Total, "/handling/deadlines"));
            items.AddRange(page.Rows.Select(r => new WorkItem(kind, r.CaseNumber, $"{r.UnitName}（{r.Current.KindName}）：{r.Summary}",
                r.Current.DueUtc, light == TrafficLight.Red, $"/cases/{r.CaseId}", "查看", Urgent: light == TrafficLight.Yellow)));
        }
        return new WorkItemBatch(items, counts);
    }
}
