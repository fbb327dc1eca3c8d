using Hotline.Platform.Auditing;
using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hotline.Platform.Persistence;

/// <summary>
/// Renews concurrency tokens, refuses to change or delete audit entries, and wakes the
/// outbox and notification workers after a commit that queued work for them; tells the modules' save observers first.
/// </summary>
internal sealed class HotlineSaveChangesInterceptor(OutboxSignal outboxSignal, NotificationSignal notificationSignal,
    IEnumerable<ISaveChangesObserver> observers) : SaveChangesInterceptor
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
        Signal(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private readonly ISaveChangesObserver[] _observers = [.. observers];

    private void Prepare(DbContext? context)
    {
        if (context is null)
            return;
        foreach (var observer in _observers)
            observer.Saving(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("The audit log is append-only.");
            if (entry.Entity is IVersioned versioned && entry.State is EntityState.Added or EntityState.Modified)
                versioned.Version = Guid.NewGuid();
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is null)
            return;
        // Entries are already accepted here, so look at what is tracked rather than at states.
        if (context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.Status == OutboxStatus.Pending))
            outboxSignal.Notify();
        if (context.ChangeTracker.Entries<Notification>().Any(e => e.Entity.Status == NotificationStatus.Pending))
            notificationSignal.Notify();
    }
}
