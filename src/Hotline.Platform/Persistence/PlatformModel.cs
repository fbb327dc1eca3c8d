using Hotline.Platform.Settings;

namespace Hotline.Platform.Persistence;

internal static class PlatformModel
{
    public static void Configure(ModelBuilder builder)
    {
        MessagingTables.Configure(builder);

        builder.Entity<SystemSetting>(e =>
        {
            e.ToTable("platform_settings");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(100);
            e.Property(x => x.Value).HasMaxLength(SystemSetting.MaxValueLength);
        });
        builder.Entity<Security.DataProtectionKey>(e =>
        {
            e.ToTable("platform_data_protection_keys");
            e.Property(x => x.FriendlyName).HasMaxLength(100);
            e.Property(x => x.Xml).HasColumnType("longtext");
        });
    }
}
