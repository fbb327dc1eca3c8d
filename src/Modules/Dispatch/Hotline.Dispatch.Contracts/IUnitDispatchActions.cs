namespace Hotline.Dispatch.Contracts;

/// <summary>What the signed-in unit may still do on Dispatch's side about one of its own assignments.</summary>
/// <param name="CanApplyForReturn">The 退单申请 form is open (own unit, within the window, no request pending).</param>
/// <param name="CanSubDispatch">The unit manager may 下派 to a sub-unit.</param>
public sealed record UnitDispatchActions(bool CanApplyForReturn, DateTime ReturnWindowEndsUtc, bool CanSubDispatch)
{
    /// <summary>The element id of the 退单与下派 panel on the case page.</summary>
    public const string PanelAnchor = "returns";
}

/// <summary>Lets the unit's assignment page offer 退单申请 and 下派 where Dispatch would accept them.</summary>
public interface IUnitDispatchActions
{
    /// <summary>Null when the assignment is not the signed-in unit's own.</summary>
    Task<UnitDispatchActions?> ForAssignmentAsync(Guid caseId, Guid assignmentId, CancellationToken cancellationToken = default);
}
