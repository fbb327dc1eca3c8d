namespace Hotline.Platform.Persistence;

/// <summary>
/// Told of every save of every module context: just before it is written, to note what changed, and once it is
/// visible to other connections (at once without a transaction, at the commit of the surrounding one), to act on it
/// (e.g. to refresh a search index). Register as a singleton; it must be quick and must not write to the context.
/// </summary>
public interface ISaveChangesObserver
{
    void Saving(DbContext context);

    /// <summary>What the context saved since the last commit is now committed.</summary>
    void Committed(DbContext context) { }

    /// <summary>What the context saved since the last commit was rolled back.</summary>
    void RolledBack(DbContext context) { }
}
