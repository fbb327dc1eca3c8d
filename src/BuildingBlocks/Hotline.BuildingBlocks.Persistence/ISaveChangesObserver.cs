namespace Hotline.Platform.Persistence;

/// <summary>
/// Told of every save of every module context just before it is written, to note what changed (e.g. to refresh a
/// search index afterwards). Register as a singleton; it must be quick and must not write to the context.
/// </summary>
public interface ISaveChangesObserver
{
    void Saving(DbContext context);
}
