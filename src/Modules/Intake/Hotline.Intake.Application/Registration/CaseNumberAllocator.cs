using Hotline.Platform.Time;
using Microsoft.Extensions.Logging;

namespace Hotline.Intake.Registration;

/// <summary>
/// Issues the next number of the day in a short transaction of its own. Inside the registering transaction the
/// day's sequence row stayed locked through the whole save, so on MariaDB every agent queued behind every other's
/// commit; now the lock lasts two statements. A registration that fails after taking its number leaves the number
/// unused, and the audit log says which number and why, so a gap in the day's numbers is accounted for.
/// </summary>
internal sealed class CaseNumberAllocator(IDbContextFactory<IntakeDbContext> contexts, TimeProvider clock, ILogger<CaseNumberAllocator> logger)
{
    public const string VoidAction = "工单编号作废";

    public async Task<string> NextAsync(string prefix, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var day = ChinaTime.DateOf(nowUtc);
        var key = CaseNumberFormat.SequenceKey(prefix, day);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
                var updated = await db.NumberSequences.Where(s => s.Key == key)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastValue, x => x.LastValue + 1), cancellationToken);
                if (updated == 0)
                {
                    // First number of the day: insert; if another registration inserted first, increment instead.
                    await db.Database.ExecuteSqlAsync(
                        $"INSERT INTO intake_number_sequences (`Key`, LastValue) VALUES ({key}, 1)", cancellationToken);
                    await tx.CommitAsync(cancellationToken);
                    return CaseNumberFormat.Format(prefix, day, 1);
                }
                var value = await db.NumberSequences.Where(s => s.Key == key).Select(s => s.LastValue).SingleAsync(cancellationToken);
                await tx.CommitAsync(cancellationToken);
                return CaseNumberFormat.Format(prefix, day, value);
            }
            // Two first registrations of the day at once (on two app nodes, or two agents): one inserts, the other
            // finds the row taken — or, on MariaDB, both hold the empty range's lock and the server breaks the tie.
            catch (Exception ex) when ((IsDuplicateKey(ex) || IsDeadlock(ex)) && attempt < 5)
            {
            }
        }
    }

    /// <summary>Records that <paramref name="number"/> was issued but no case carries it. Never throws: the registration's own error is the one to report.</summary>
    public async Task VoidAsync(string number, Actor actor, Exception cause)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            db.Audit(actor, clock, VoidAction, "Case", number, "登记未完成，此编号不再使用：" + Describe(cause));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Case number {Number} was issued to a registration that failed and could not be recorded as void", number);
        }
    }

    private static string Describe(Exception cause) => cause switch
    {
        BusinessRuleException rule => rule.Message,
        OperationCanceledException => "登记被取消",
        DbUpdateException => "保存失败（同一表单重复提交或数据库错误）",
        _ => cause.GetType().Name,
    };

    private static bool IsDeadlock(Exception ex) =>
        ex.Message.Contains("Deadlock found", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("database is locked", StringComparison.OrdinalIgnoreCase);

    private static bool IsDuplicateKey(Exception ex) =>
        ex.Message.Contains("UNIQUE constraint failed", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("Duplicate entry", StringComparison.OrdinalIgnoreCase);
}
