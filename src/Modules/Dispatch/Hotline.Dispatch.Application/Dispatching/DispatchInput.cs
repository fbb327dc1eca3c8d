namespace Hotline.Dispatch.Dispatching;

/// <summary>The dispatcher's decision for a case: a lead unit, co-units, a note, and the case version they looked at.</summary>
/// <param name="Reason">改派 only: why the case is taken from its current units (mandatory there).</param>
internal sealed record DispatchInput(
    Guid CaseId,
    Guid? LeadUnitId,
    IReadOnlyList<Guid> CoUnitIds,
    string? Note,
    Guid Version,
    string? Reason = null);

/// <summary>What a dispatch did, for the page's confirmation.</summary>
internal sealed record DispatchOutcome(string CaseNumber, DispatchMode Mode, IReadOnlyList<string> UnitNames);

/// <summary>What confirming does to the case, decided by its state in Dispatch.</summary>
internal enum DispatchMode
{
    /// <summary>派单: the case waits in the queue.</summary>
    Dispatch,
    /// <summary>改派: the case is with units; they are replaced.</summary>
    Reassign,
    /// <summary>指定办理: returned too often; a supervisor designates the handler.</summary>
    Designate,
}

internal static class DispatchModeNames
{
    public static string DisplayName(this DispatchMode mode) => mode switch
    {
        DispatchMode.Dispatch => "派单",
        DispatchMode.Reassign => "改派",
        DispatchMode.Designate => "指定办理",
        _ => mode.ToString(),
    };
}
