using Hotline.Platform.Auditing;
using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications;

namespace Hotline.Platform.Persistence;

/// <summary>
/// Base of every module's runtime context: the module's own tables plus the platform messaging
/// tables, so a state change and the events, notifications and audit entries it causes commit together.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IMessagingContext
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxRecord> Inbox => Set<InboxRecord>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => HotlineConventions.Apply(configurationBuilder);

    protected sealed override void OnModelCreating(ModelBuilder builder)
    {
        HotlineConventions.ApplyProviderDefaults(builder, this);
        MessagingTables.Configure(builder);
        ConfigureModule(builder);
    }

    /// <summary>Maps the module's own tables; the same method feeds the design-time schema context.</summary>
    protected abstract void ConfigureModule(ModelBuilder builder);
}
