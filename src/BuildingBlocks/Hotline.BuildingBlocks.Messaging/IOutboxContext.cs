using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hotline.Platform.Messaging;

/// <summary>
/// A context that holds the outbox and the inbox next to its own tables, so a state change and the events it raises
/// (or the record that an event was applied) commit in one transaction. A DbContext implements the last two members
/// as it is.
/// </summary>
public interface IOutboxContext
{
    DbSet<OutboxMessage> Outbox { get; }
    DbSet<InboxRecord> Inbox { get; }
    ChangeTracker ChangeTracker { get; }
    Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
