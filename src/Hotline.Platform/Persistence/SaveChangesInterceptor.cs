using Hotline.Platform.Auditing;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hotline.Platform.Persistence;

/// <summary>
/// Renews concurrency tokens, refuses to change or delete audit entries, and wakes the
/// outbox and notification workers after a commit that queued work for them, empties the reference-data cache when
/// a save touches it; tells the modules' save observers first, and again once a save outside a transaction is
/// committed (<see cref="CommitSignalInterceptor"/> tells them at the commit of one).
/// </summary>
internal sealed class HotlineSaveChangesInterceptor(WorkerWakeups wakeups, Caching.ReferenceDataCache referenceData, SaveChangesObservers observers)
    : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prepare(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Saved(DbContext? context)
    {
        if (context is null)
            return;
        referenceData.Saved(context);
        wakeups.Saved(context);
        if (context.Database.CurrentTransaction is null)
            observers.Committed(context);
    }

    private void Prepare(DbContext? context)
    {
        if (context is null)
            return;
        observers.Saving(context);
        // One walk of the tracker (each Entries() call runs change detection again), shared by the checks below.
        var entries = context.ChangeTracker.Entries().ToList();
        foreach (var entry in entries)
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("The audit log is append-only.");
            if (entry.Entity is IVersioned versioned && entry.State is EntityState.Added or EntityState.Modified)
                versioned.Version = Guid.NewGuid();
        }
        wakeups.Saving(context, entries);
        referenceData.Saving(context, entries);
    }
}
