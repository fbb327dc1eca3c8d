using Hotline.Platform.Auditing;
using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications;

namespace Hotline.Platform.Persistence;

/// <summary>
/// The tables every context maps, so that a module's state change, its audit entries, its integration events and
/// its notifications commit in one transaction.
/// </summary>
public interface IMessagingContext : IOutboxContext
{
    DbSet<AuditEntry> AuditLog { get; }
    DbSet<Notification> Notifications { get; }
}

internal static class MessagingTables
{
    public static void Configure(ModelBuilder builder)
    {
        OutboxTables.Configure(builder);
        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("platform_audit_log");
            e.Property(x => x.UserName).HasMaxLength(100);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.ObjectType).HasMaxLength(100);
            e.Property(x => x.ObjectId).HasMaxLength(100);
            e.Property(x => x.Detail).HasMaxLength(2000);
            e.HasIndex(x => x.AtUtc);
            e.HasIndex(x => new { x.ObjectType, x.ObjectId });
            e.HasIndex(x => x.UserName);
            // Unique, so two sealers (two server instances) can never give two entries one position.
            e.HasIndex(x => x.ChainSeq).IsUnique();
        });
        builder.Entity<Notification>(e =>
        {
            e.ToTable("platform_notifications");
            e.Property(x => x.Recipient).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Body).HasMaxLength(2000);
            e.Property(x => x.Secret).HasMaxLength(1000);
            e.Property(x => x.Link).HasMaxLength(500);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.HasIndex(x => new { x.Status, x.CreatedAtUtc });
            e.HasIndex(x => new { x.Channel, x.Recipient, x.ReadAtUtc });
        });
    }
}
