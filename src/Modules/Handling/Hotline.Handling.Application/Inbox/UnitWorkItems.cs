using Hotline.Handling.Deadlines;
using Hotline.Platform.Slots;

namespace Hotline.Handling.Inbox;

/// <summary>待我处理 for unit staff: the inbox's tabs of work, each assignment with its running deadline.</summary>
internal sealed class UnitWorkItems(UnitInbox inbox) : IWorkItemSource
{
    private static readonly (InboxTab Tab, string Action)[] Owed =
    [
        (InboxTab.AwaitingSignFor, "签收"),
        (InboxTab.Redo, "签收重办"),
        (InboxTab.InHandling, "办理"),
        (InboxTab.CoOpinion, "提交意见"),
        (InboxTab.AwaitingApproval, "审核"),
    ];

    public async Task<WorkItemBatch> TakeAsync(int max, CancellationToken cancellationToken = default)
    {
        var items = new List<WorkItem>();
        var counts = new List<WorkItemCount>();
        foreach (var (tab, action) in Owed)
        {
            var page = await inbox.PageAsync(new InboxQuery(tab, PageSize: max), cancellationToken);
            counts.Add(new WorkItemCount(tab.DisplayName(), page.Total, $"/unit/inbox?tab={tab.Code()}"));
            items.AddRange(page.Rows.Select(r => new WorkItem(tab.DisplayName(), r.CaseNumber, r.Summary,
                r.Deadline?.DueUtc, r.Deadline?.Light == TrafficLight.Red, $"/unit/assignments/{r.Id}", action,
                Urgent: r.Deadline?.Light == TrafficLight.Yellow, SinceUtc: r.DispatchedAtUtc)));
        }
        return new WorkItemBatch(items, counts);
    }
}
