namespace Hotline.Platform.Persistence;

/// <summary>The modules' <see cref="ISaveChangesObserver"/>s, told in turn.</summary>
internal sealed class SaveChangesObservers(IEnumerable<ISaveChangesObserver> observers)
{
    private readonly ISaveChangesObserver[] _observers = [.. observers];

    public void Saving(DbContext context)
    {
        foreach (var observer in _observers)
            observer.Saving(context);
    }

    public void Committed(DbContext? context)
    {
        if (context is null)
            return;
        foreach (var observer in _observers)
            observer.Committed(context);
    }

    public void RolledBack(DbContext? context)
    {
        if (context is null)
            return;
        foreach (var observer in _observers)
            observer.RolledBack(context);
    }
}
