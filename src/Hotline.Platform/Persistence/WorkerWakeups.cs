using System.Runtime.CompilerServices;
using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hotline.Platform.Persistence;

/// <summary>
/// Wakes the outbox and notification workers only for a save that queued work for them, and only once it is visible:
/// at once without a transaction, at commit inside one. Waking them after every commit cost each registration five
/// empty looks at the notification table and several at the outbox, all taking turns at SQLite's one writer.
/// </summary>
internal sealed class WorkerWakeups(OutboxSignal outboxSignal, NotificationSignal notificationSignal)
{
    [Flags]
    private enum Work { None = 0, Outbox = 1, Notifications = 2 }

    private sealed class Pending
    {
        public Work Queued;
        public Work Saving;
    }

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = new();

    /// <summary>Before SaveChanges: notes what the save adds for the workers.</summary>
    public void Saving(DbContext context, IReadOnlyList<EntityEntry> entries)
    {
        var work = Work.None;
        foreach (var entry in entries)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
                continue;
            if (entry.Entity is OutboxMessage { Status: OutboxStatus.Pending })
                work |= Work.Outbox;
            else if (entry.Entity is Notification { Status: NotificationStatus.Pending })
                work |= Work.Notifications;
        }
        if (work != Work.None)
            _pending.GetOrCreateValue(context).Saving = work;
    }

    /// <summary>After SaveChanges: wakes now, or keeps the work for the commit of the surrounding transaction (a save's
    /// own transaction has already woken the workers in <see cref="Committed"/>).</summary>
    public void Saved(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var pending) || pending.Saving == Work.None)
            return;
        pending.Queued |= pending.Saving;
        pending.Saving = Work.None;
        if (context.Database.CurrentTransaction is null)
            Wake(context);
    }

    public void Committed(DbContext? context)
    {
        if (context is not null)
            Wake(context);
    }

    public void RolledBack(DbContext? context)
    {
        if (context is not null)
            _pending.Remove(context);
    }

    private void Wake(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var pending))
            return;
        _pending.Remove(context);
        // A SaveChanges without an explicit transaction commits its own before SavedChanges: its work is visible now.
        pending.Queued |= pending.Saving;
        if (pending.Queued.HasFlag(Work.Outbox))
            outboxSignal.Notify();
        if (pending.Queued.HasFlag(Work.Notifications))
            notificationSignal.Notify();
    }
}
