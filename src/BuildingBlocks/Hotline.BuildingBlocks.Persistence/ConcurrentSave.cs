namespace Hotline.Platform.Persistence;

/// <summary>The one way modules save a change that another user may have raced: a lost race becomes a Chinese message, never a lost write.</summary>
public static class ConcurrentSave
{
    public const string DefaultConflictMessage = "该记录已被他人修改，请刷新后重试。";

    /// <summary>Saves; a concurrency failure becomes <paramref name="conflictMessage"/> as a <see cref="BusinessRuleException"/>.</summary>
    public static async Task SaveOrConflictAsync(this DbContext db, string? conflictMessage = null, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(conflictMessage ?? DefaultConflictMessage);
        }
    }
}
