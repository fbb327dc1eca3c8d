using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hotline.Integration.Persistence;

internal static class IntegrationModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ApiClient>(e =>
        {
            e.ToTable("integration_api_clients");
            e.Property(x => x.Name).HasMaxLength(ApiClient.NameMax);
            e.Property(x => x.KeyPrefix).HasMaxLength(ApiKey.PrefixLength);
            e.Property(x => x.Scopes).HasConversion<int>();
            e.Property(x => x.UnitIds).HasMaxLength(4000).HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<List<Guid>>(v, (JsonSerializerOptions?)null) ?? new List<Guid>(),
                new ValueComparer<List<Guid>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, g) => HashCode.Combine(h, g)), v => v.ToList()));
            e.HasIndex(x => x.KeyPrefix).IsUnique();
        });
        builder.Entity<ApiCall>(e =>
        {
            e.ToTable("integration_api_calls");
            e.Property(x => x.Method).HasMaxLength(10);
            e.Property(x => x.Route).HasMaxLength(200);
            e.HasIndex(x => new { x.ClientId, x.AtUtc });
            e.HasIndex(x => x.AtUtc);
        });
        builder.Entity<ExternalSubmission>(e =>
        {
            e.ToTable("integration_submissions");
            e.HasKey(x => x.Token);
            e.Property(x => x.CaseNumber).HasMaxLength(40);
            e.HasIndex(x => x.CaseId);
        });
        builder.Entity<FeedEvent>(e =>
        {
            e.ToTable("integration_feed_events");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedOnAdd();
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CaseNumber).HasMaxLength(40);
            e.Property(x => x.PayloadJson).HasColumnType("longtext");
            // Redelivery of a module event never gives a department the same feed event twice.
            e.HasIndex(x => new { x.SourceEventId, x.Type }).IsUnique();
            e.HasIndex(x => x.CaseId);
            e.HasMany(x => x.Units).WithOne().HasForeignKey(u => u.Sequence);
        });
        builder.Entity<FeedEventUnit>(e =>
        {
            e.ToTable("integration_feed_event_units");
            e.HasKey(x => new { x.Sequence, x.UnitId });
            e.HasIndex(x => new { x.UnitId, x.Sequence });
        });
        builder.Entity<FeedSubscription>(e =>
        {
            e.ToTable("integration_feed_subscriptions");
            e.Property(x => x.Types).HasConversion<int>();
            e.Property(x => x.Url).HasMaxLength(FeedSubscription.UrlMax);
            e.Property(x => x.ProtectedSecret).HasMaxLength(1000);
            e.HasIndex(x => x.ClientId);
        });
        builder.Entity<FeedDelivery>(e =>
        {
            e.ToTable("integration_feed_deliveries");
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.LastError).HasMaxLength(FeedDelivery.ErrorMax);
            e.HasIndex(x => new { x.State, x.NextAttemptAtUtc });
            e.HasIndex(x => new { x.SubscriptionId, x.CaseId, x.Sequence });
            e.HasIndex(x => new { x.SubscriptionId, x.Sequence }).IsUnique();
        });
    }
}
