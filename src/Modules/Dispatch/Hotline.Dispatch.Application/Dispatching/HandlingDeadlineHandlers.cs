using Hotline.Handling.Contracts;

namespace Hotline.Dispatch.Dispatching;

/// <summary>
/// 批准延期: the unit's part, and its sub-units' parts that were due no later than it, follow the new completion deadline,
/// as Handling moves them.
/// </summary>
internal sealed class ExtensionDecidedHandler(DispatchDbContext context, TimeProvider clock, LiveUpdates live)
    : DispatchEventHandler<ExtensionDecided>(context, clock, live)
{
    public const string Note = "已批准延期";

    protected override async Task ApplyAsync(ExtensionDecided e, CancellationToken cancellationToken)
    {
        if (!e.Approved || e.NewDueUtc is not { } newDue)
            return;
        var parts = await Context.Assignments.Where(a => a.CaseId == e.CaseId).ToListAsync(cancellationToken);
        var assignment = parts.FirstOrDefault(a => a.Id == e.AssignmentId);
        if (assignment is null)
            return;
        var oldDue = assignment.CompletionDueUtc;
        if (!assignment.FollowCompletionDue(newDue, Note))
            return;
        for (var parents = new[] { assignment.Id }; parents.Length > 0;)
        {
            var children = parts.Where(a => a.ParentAssignmentId is { } p && parents.Contains(p) && a.IsActive).ToArray();
            foreach (var child in children.Where(c => c.CompletionDueUtc <= oldDue))
                child.FollowCompletionDue(newDue, Note);
            parents = children.Select(c => c.Id).ToArray();
        }
        Topics.Add(DispatchTopics.Case(e.CaseId));
    }
}

/// <summary>重办下达: the lead's completion deadline runs anew from the redo.</summary>
internal sealed class RedoStartedHandler(DispatchDbContext context, TimeProvider clock, LiveUpdates live)
    : DispatchEventHandler<RedoStarted>(context, clock, live)
{
    protected override async Task ApplyAsync(RedoStarted e, CancellationToken cancellationToken)
    {
        var assignment = await Context.Assignments.FirstOrDefaultAsync(a => a.Id == e.AssignmentId, cancellationToken);
        if (assignment is not null && assignment.FollowCompletionDue(e.CompletionDueUtc, $"第{e.Round}次重办"))
            Topics.Add(DispatchTopics.Case(e.CaseId));
    }
}
