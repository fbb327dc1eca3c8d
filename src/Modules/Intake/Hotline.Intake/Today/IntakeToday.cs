using Hotline.Intake.Contracts;
using Hotline.Intake.Persistence;
using Hotline.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Intake.Today;

internal sealed record IntakeTodayCounts(int RegisteredToday, int PendingAcceptance, int AwaitingDispatch, int ClosedAtIntakeToday, int RepeatToday);

/// <summary>Today's intake figures for the home page; "today" is the China calendar day.</summary>
internal sealed class IntakeToday(IDbContextFactory<IntakeDbContext> contexts, IntakeAccess access, TimeProvider clock)
{
    public const string LiveTopic = "intake:cases";

    private static readonly CaseStatus[] ClosedAtIntake =
        [CaseStatus.AnsweredAtIntake, CaseStatus.NotAccepted, CaseStatus.EmergencyTransferred, CaseStatus.Invalid];

    public async Task<IntakeTodayCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(IntakeAccess.CenterReaders);
        var start = ChinaTime.StartOfDayUtc(ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new IntakeTodayCounts(
            await db.Cases.CountAsync(c => c.RegisteredAtUtc >= start, cancellationToken),
            await db.Cases.CountAsync(c => c.Status == CaseStatus.PendingAcceptance, cancellationToken),
            await db.Cases.CountAsync(c => c.Status == CaseStatus.Accepted, cancellationToken),
            await db.Cases.CountAsync(c => ClosedAtIntake.Contains(c.Status) && c.ClosedAtUtc >= start, cancellationToken),
            await db.Cases.CountAsync(c => c.RepeatOfCaseId != null && c.RegisteredAtUtc >= start, cancellationToken));
    }
}
