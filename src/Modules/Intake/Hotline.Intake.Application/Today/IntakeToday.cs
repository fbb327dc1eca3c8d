using Hotline.Platform.Time;

namespace Hotline.Intake.Today;

/// <param name="RegisteredByDay">Cases registered on each of the last 7 China days, today last.</param>
internal sealed record IntakeTodayCounts(int RegisteredToday, int PendingAcceptance, int ClosedAtIntakeToday, int RepeatToday, IReadOnlyList<int> RegisteredByDay);

/// <summary>Today's intake figures for the home page; "today" is the China calendar day.</summary>
internal sealed class IntakeToday(IDbContextFactory<IntakeDbContext> contexts, IntakeAccess access, TimeProvider clock)
{
    public const string LiveTopic = "intake:cases";

    private static readonly CaseStatus[] ClosedAtIntake =
        [CaseStatus.AnsweredAtIntake, CaseStatus.NotAccepted, CaseStatus.EmergencyTransferred, CaseStatus.Invalid];

    public const int TrendDays = 7;

    public async Task<IntakeTodayCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(IntakeAccess.CenterReaders);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var start = ChinaTime.StartOfDayUtc(today);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var byDay = await RegisteredByDayAsync(db, today, cancellationToken);
        return new IntakeTodayCounts(
            byDay[^1],
            await db.Cases.CountAsync(c => c.Status == CaseStatus.PendingAcceptance, cancellationToken),
            await db.Cases.CountAsync(c => ClosedAtIntake.Contains(c.Status) && c.ClosedAtUtc >= start, cancellationToken),
            await db.Cases.CountAsync(c => c.RepeatOfCaseId != null && c.RegisteredAtUtc >= start, cancellationToken),
            byDay);
    }

    private static async Task<int[]> RegisteredByDayAsync(IntakeDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var first = today.AddDays(1 - TrendDays);
        var from = ChinaTime.StartOfDayUtc(first);
        var times = await db.Cases.Where(c => c.RegisteredAtUtc >= from).Select(c => c.RegisteredAtUtc).ToListAsync(cancellationToken);
        var counts = new int[TrendDays];
        foreach (var at in times)
        {
            var day = ChinaTime.DateOf(at).DayNumber - first.DayNumber;
            if (day is >= 0 and < TrendDays)
                counts[day]++;
        }
        return counts;
    }
}
