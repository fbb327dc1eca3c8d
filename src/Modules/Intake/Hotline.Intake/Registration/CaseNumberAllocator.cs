using Hotline.Intake.Domain;
using Hotline.Intake.Persistence;
using Hotline.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Intake.Registration;

/// <summary>
/// Issues the next number of the day inside the caller's transaction. The increment is the
/// transaction's first write, so the row (MariaDB) or the database (SQLite) stays locked until commit
/// and two registrations can never read the same value.
/// </summary>
internal static class CaseNumberAllocator
{
    public static async Task<string> NextAsync(IntakeDbContext db, string prefix, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var day = ChinaTime.DateOf(nowUtc);
        var key = CaseNumberFormat.SequenceKey(prefix, day);
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.NumberSequences.Where(s => s.Key == key)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastValue, x => x.LastValue + 1), cancellationToken);
            if (updated == 0)
            {
                // First number of the day: insert; if another registration inserted first, increment instead.
                try
                {
                    await db.Database.ExecuteSqlAsync(
                        $"INSERT INTO intake_number_sequences (`Key`, LastValue) VALUES ({key}, 1)", cancellationToken);
                    return CaseNumberFormat.Format(prefix, day, 1);
                }
                catch (Exception ex) when (IsDuplicateKey(ex) && attempt < 3)
                {
                    continue;
                }
            }
            var value = await db.NumberSequences.Where(s => s.Key == key).Select(s => s.LastValue).SingleAsync(cancellationToken);
            return CaseNumberFormat.Format(prefix, day, value);
        }
    }

    private static bool IsDuplicateKey(Exception ex) =>
        ex.Message.Contains("UNIQUE constraint failed", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("Duplicate entry", StringComparison.OrdinalIgnoreCase);
}
