using Hotline.Handling.CoOpinions;
using Hotline.Handling.Extensions;
using Hotline.Handling.Replies;

namespace Hotline.Handling.Workbench;

/// <summary>Reads what the banner and the action bar need through the same queries the sections use (each checks the unit scope).</summary>
internal sealed class AssignmentSituationQuery(
    AssignmentQueries assignments,
    ReplyViewQuery replies,
    ExtensionService extensions,
    CoOpinionService coOpinions,
    IUnitDispatchActions dispatch)
{
    public async Task<AssignmentSituation> GetAsync(Guid assignmentId, CancellationToken cancellationToken = default)
    {
        var view = await assignments.GetAsync(assignmentId, cancellationToken);
        if (view.IsReadOnly)
            return new AssignmentSituation(view, null, null, null, null);
        return new AssignmentSituation(view,
            await replies.ViewAsync(assignmentId, cancellationToken),
            await extensions.ForAssignmentAsync(assignmentId, cancellationToken),
            await coOpinions.ForAssignmentAsync(assignmentId, cancellationToken),
            await dispatch.ForAssignmentAsync(view.CaseId, assignmentId, cancellationToken));
    }
}
