namespace Hotline.Intake.Progress;

/// <summary>
/// Loads the open case a later module's event is about, and writes the step the caller's progress
/// lookup shows once the case's own progress method has moved it (rules in <see cref="IntakeCase"/>).
/// </summary>
internal static class CaseProgress
{
    /// <summary>
    /// The actor of the steps that only mirror another module's step for the caller's progress lookup: the staff
    /// timeline leaves them out, since the module that acted records the step itself.
    /// </summary>
    public const string MirrorActor = "状态同步";

    private static readonly Actor Mirror = new(null, MirrorActor, null);

    /// <summary>
    /// The open case <paramref name="factKey"/> is about, or null when the case is not open or the fact's step is already on
    /// its record. The inbox dedupes by event id only: a fact published again under a new id (a replay) must neither write
    /// the caller's step twice nor move the case back to where that fact once put it.
    /// </summary>
    public static async Task<IntakeCase?> OpenCaseForAsync(this IntakeDbContext db, Guid caseId, string factKey, CancellationToken cancellationToken) =>
        await db.Timeline.AnyAsync(t => t.CaseId == caseId && t.FactKey == factKey, cancellationToken)
            ? null
            : await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId && c.Status != CaseStatus.Closed
                && c.Status != CaseStatus.Merged && c.Status != CaseStatus.AnsweredAtIntake && c.Status != CaseStatus.NotAccepted
                && c.Status != CaseStatus.EmergencyTransferred && c.Status != CaseStatus.Invalid, cancellationToken);

    /// <summary>Writes the step of <paramref name="factKey"/> when the case's own progress method moved it.</summary>
    public static void Step(this IntakeDbContext db, bool moved, IntakeCase @case, string factKey, DateTime atUtc, string action, string detail,
        string publicText)
    {
        if (moved)
            db.AddTimeline(@case.Id, Mirror, atUtc, action, detail, publicText, factKey);
    }
}
