using System.Data.Common;
using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hotline.Platform.Persistence;

/// <summary>
/// Inside an explicit transaction, work queued by SaveChanges becomes visible only at commit; waking
/// the workers then (rather than after SaveChanges) saves them a wasted look and the caller a poll delay.
/// </summary>
internal sealed class CommitSignalInterceptor(OutboxSignal outboxSignal, NotificationSignal notificationSignal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Wake();
        base.TransactionCommitted(transaction, eventData);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake();
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }

    private void Wake()
    {
        outboxSignal.Notify();
        notificationSignal.Notify();
    }
}
