namespace Hotline.Platform.Cases;

/// <summary>
/// One step of a case's flow sheet (工作流转单) as a module recorded it: who did what, for which
/// unit, when, and against which deadline. The case detail page and the printed flow sheet merge
/// the steps of every module in time order.
/// </summary>
public sealed record CaseTimelineStep(
    DateTime AtUtc,
    string Stage,
    string Action,
    string Actor,
    string? UnitName,
    string? Detail,
    DateTime? DueUtc = null,
    bool? OnTime = null);

/// <summary>A module's contribution to a case's timeline; registered once per module, all are merged.</summary>
public interface ICaseTimelineSource
{
    /// <summary>The module's steps for the case as <paramref name="viewer"/> may see them (a unit never sees who complained about it).</summary>
    Task<IReadOnlyList<CaseTimelineStep>> StepsAsync(Guid caseId, CaseViewer viewer, CancellationToken cancellationToken = default);
}

/// <summary>Who is looking at a case: a center user, or a member unit's user with their unit.</summary>
public sealed record CaseViewer(bool IsCenter, Guid? UnitId)
{
    public static readonly CaseViewer Center = new(true, null);
}
