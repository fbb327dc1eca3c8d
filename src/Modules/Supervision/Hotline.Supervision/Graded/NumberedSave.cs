namespace Hotline.Supervision.Graded;

/// <summary>
/// Saves a supervision change that may take a notice number. A lost number race (the unique index on year and number)
/// runs the whole change again on a clean context, so the loser gets the next number; a lost edit race is a message.
/// </summary>
internal static class NumberedSave
{
    public const string ConflictMessage = "该督办刚被他人处理，请刷新后查看最新状态。";
    private const int Attempts = 5;

    public static async Task<T> RunAsync<T>(SupervisionDbContext db, Func<Task<T>> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await change();
            try
            {
                await db.SaveChangesAsync(ct);
                return result;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                throw new BusinessRuleException(ConflictMessage);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
