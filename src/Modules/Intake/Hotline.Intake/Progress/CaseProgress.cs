using Hotline.Intake.Contracts;
using Hotline.Intake.Domain;
using Hotline.Intake.Persistence;
using Hotline.Platform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Intake.Progress;

/// <summary>
/// Moves Intake's status of a case as later modules report what happened, and writes the step the
/// caller's progress lookup shows. Statuses only move along the lifecycle: a late or repeated event
/// never reopens a closed case.
/// </summary>
internal static class CaseProgress
{
    private static readonly Actor System = new(null, "系统", null);

    public static async Task<IntakeCase?> OpenCaseAsync(this IntakeDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId && c.Status != CaseStatus.Closed
            && c.Status != CaseStatus.Merged && c.Status != CaseStatus.AnsweredAtIntake && c.Status != CaseStatus.NotAccepted
            && c.Status != CaseStatus.EmergencyTransferred && c.Status != CaseStatus.Invalid, cancellationToken);

    public static void Move(this IntakeDbContext db, IntakeCase @case, CaseStatus status, DateTime atUtc, string action, string detail, string publicText)
    {
        @case.Status = status;
        db.AddTimeline(@case.Id, System, atUtc, action, detail, publicText);
    }
}
