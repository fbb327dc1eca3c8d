namespace Hotline.Administration.Shared;

/// <summary>Optimistic concurrency for admin edits: the save only succeeds against the version the user loaded.</summary>
internal static class VersionCheck
{
    public const string ConflictMessage = ConcurrentSave.DefaultConflictMessage;

    /// <summary>Refuses at once when the row already moved on, and makes EF check the loaded version again at save time for a race in between.</summary>
    public static void Expect<T>(DbContext db, T entity, Guid loadedVersion) where T : class, IVersioned
    {
        if (entity.Version != loadedVersion)
            throw new BusinessRuleException(ConflictMessage);
        db.Entry(entity).Property(e => e.Version).OriginalValue = loadedVersion;
    }

    /// <summary>Saves; a concurrency failure becomes the Chinese message, a unique-key failure the caller's explanation if it has one.</summary>
    public static async Task SaveAsync(DbContext db, Func<Task<string?>>? explainUpdateFailure = null, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(ConflictMessage);
        }
        catch (DbUpdateException) when (explainUpdateFailure is not null)
        {
            // Two admins creating the same code at once: the unique index refuses the second; say why in words.
            var explanation = await explainUpdateFailure();
            if (explanation is null)
                throw;
            throw new BusinessRuleException(explanation);
        }
    }
}
