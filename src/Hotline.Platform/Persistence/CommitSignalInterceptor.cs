using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hotline.Platform.Persistence;

/// <summary>
/// Inside an explicit transaction, work queued by SaveChanges becomes visible only at commit; waking
/// the workers then (rather than after SaveChanges) saves them a wasted look and the caller a poll delay. The save
/// observers learn of the commit or rollback here too.
/// </summary>
internal sealed class CommitSignalInterceptor(WorkerWakeups wakeups, SaveChangesObservers observers) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        wakeups.Committed(eventData.Context);
        observers.Committed(eventData.Context);
        base.TransactionCommitted(transaction, eventData);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        wakeups.Committed(eventData.Context);
        observers.Committed(eventData.Context);
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        wakeups.RolledBack(eventData.Context);
        observers.RolledBack(eventData.Context);
        base.TransactionRolledBack(transaction, eventData);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        wakeups.RolledBack(eventData.Context);
        observers.RolledBack(eventData.Context);
        return base.TransactionRolledBackAsync(transaction, eventData, cancellationToken);
    }
}
