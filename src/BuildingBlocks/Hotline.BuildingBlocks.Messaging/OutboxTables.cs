namespace Hotline.Platform.Messaging;

/// <summary>The outbox and inbox tables, mapped by every context that publishes or handles events.</summary>
public static class OutboxTables
{
    // Large enough for any event on both providers; SQLite ignores the declared type.
    private const string PayloadColumnType = "longtext";

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("platform_outbox");
            e.Property(x => x.EventType).HasMaxLength(300);
            e.Property(x => x.Payload).HasColumnType(PayloadColumnType);
            e.Property(x => x.LastError).HasMaxLength(4000);
            e.HasIndex(x => new { x.Status, x.NextAttemptAtUtc });
            // A node's claim reads the waiting events in this order and stops after a batch, locking only those rows.
            e.HasIndex(x => new { x.Status, x.OccurredAtUtc });
        });
        builder.Entity<InboxRecord>(e =>
        {
            e.ToTable("platform_inbox");
            e.HasKey(x => new { x.EventId, x.Handler });
            e.Property(x => x.Handler).HasMaxLength(300);
        });
    }
}
