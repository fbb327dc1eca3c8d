namespace Hotline.Platform.Cases;

/// <summary>How a member unit stands on a case: whether it (or one of its sub-units) is or was assigned, whether an assignment is still active, and whether an active one is the lead's (主办, including a sub-unit working it).</summary>
public sealed record UnitParticipation(bool OnCase, bool Active, bool IsLead)
{
    public static readonly UnitParticipation None = new(false, false, false);
}

/// <summary>
/// "A unit sees its own assignments and its sub-units', nothing else": the single answer every
/// module asks before showing a member unit anything about a case. Implemented by Dispatch, which
/// owns the assignments.
/// </summary>
public interface IUnitCaseScope
{
    Task<UnitParticipation> ParticipationAsync(Guid caseId, Guid unitId, CancellationToken cancellationToken = default);
}

/// <summary>Without a module that assigns cases to units, no unit is on any case.</summary>
internal sealed class NoUnitCaseScope : IUnitCaseScope
{
    public Task<UnitParticipation> ParticipationAsync(Guid caseId, Guid unitId, CancellationToken cancellationToken = default) =>
        Task.FromResult(UnitParticipation.None);
}
