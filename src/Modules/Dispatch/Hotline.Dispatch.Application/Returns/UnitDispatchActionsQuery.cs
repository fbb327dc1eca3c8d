namespace Hotline.Dispatch.Returns;

/// <summary>The unit's return and sub-dispatch options, decided by the same rules the 退单与下派 panel shows.</summary>
internal sealed class UnitDispatchActionsQuery(ReturnPanelQuery panel) : IUnitDispatchActions
{
    public async Task<UnitDispatchActions?> ForAssignmentAsync(Guid caseId, Guid assignmentId, CancellationToken cancellationToken = default)
    {
        var view = await panel.LoadAsync(caseId, cancellationToken);
        return view.UnitAssignments.FirstOrDefault(a => a.AssignmentId == assignmentId && a.IsOwnUnit) is { } a
            ? new UnitDispatchActions(a.WhyNoReturn is null, a.ReturnWindowEndsUtc, a.CanSubDispatch)
            : null;
    }
}
