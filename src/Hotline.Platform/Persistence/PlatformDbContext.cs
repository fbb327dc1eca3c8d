using Hotline.Platform.Auditing;
using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications;
using Hotline.Platform.Settings;

namespace Hotline.Platform.Persistence;

/// <summary>The platform's own tables: settings, data-protection keys, messaging, the audit log, notifications.</summary>
public class PlatformDbContext : DbContext, IMessagingContext
{
    public PlatformDbContext(DbContextOptions<PlatformDbContext> options) : base(options) { }

    protected PlatformDbContext(DbContextOptions options) : base(options) { }

    public DbSet<SystemSetting> Settings => Set<SystemSetting>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxRecord> Inbox => Set<InboxRecord>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Security.DataProtectionKey> DataProtectionKeys => Set<Security.DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => HotlineConventions.Apply(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        HotlineConventions.ApplyProviderDefaults(builder, this);
        PlatformModel.Configure(builder);
    }
}
