using Hotline.Platform.Identity;
using Hotline.Platform.Settings;

namespace Hotline.Platform.Persistence;

internal static class PlatformModel
{
    public static void Configure(ModelBuilder builder)
    {
        ConfigureIdentity(builder);
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
            e.HasKey(x => x.Id);
            e.Property(x => x.FriendlyName).HasMaxLength(100);
            e.Property(x => x.Xml).HasColumnType("longtext");
        });
    }

    // Identity keys are GUID strings and short provider names; bounded so composite primary keys stay
    // within MariaDB's 3072-byte key limit in utf8mb4.
    private const int IdLength = 64;
    private const int KeyPartLength = 128;

    /// <summary>Identity tables get the platform prefix like every other platform table.</summary>
    private static void ConfigureIdentity(ModelBuilder builder)
    {
        builder.Entity<ApplicationUser>(e =>
        {
            e.ToTable("platform_users");
            e.Property(x => x.Id).HasMaxLength(IdLength);
            e.Property(x => x.DisplayName).HasMaxLength(50);
            // Identity's schema version 2 (IdentitySetup) limits the phone to 256 at run time only: said here too, so the
            // migrations and the running model agree (MariaDB logged "pending changes" at every start).
            e.Property(x => x.PhoneNumber).HasMaxLength(256);
            e.HasIndex(x => x.UnitId);
            e.Property(x => x.PhoneExtension).HasMaxLength(PhoneExtension.MaxLength);
            // NULLs do not collide in a unique index on SQLite or MariaDB: only a set extension is unique.
            e.HasIndex(x => x.PhoneExtension).IsUnique();
        });
        builder.Entity<IdentityRole>(e =>
        {
            e.ToTable("platform_roles");
            e.Property(x => x.Id).HasMaxLength(IdLength);
        });
        builder.Entity<IdentityUserRole<string>>(e =>
        {
            e.ToTable("platform_user_roles");
            e.Property(x => x.UserId).HasMaxLength(IdLength);
            e.Property(x => x.RoleId).HasMaxLength(IdLength);
        });
        builder.Entity<IdentityUserClaim<string>>(e =>
        {
            e.ToTable("platform_user_claims");
            e.Property(x => x.UserId).HasMaxLength(IdLength);
        });
        builder.Entity<IdentityUserLogin<string>>(e =>
        {
            e.ToTable("platform_user_logins");
            e.Property(x => x.LoginProvider).HasMaxLength(KeyPartLength);
            e.Property(x => x.ProviderKey).HasMaxLength(KeyPartLength);
            e.Property(x => x.UserId).HasMaxLength(IdLength);
        });
        builder.Entity<IdentityRoleClaim<string>>(e =>
        {
            e.ToTable("platform_role_claims");
            e.Property(x => x.RoleId).HasMaxLength(IdLength);
        });
        builder.Entity<IdentityUserToken<string>>(e =>
        {
            e.ToTable("platform_user_tokens");
            e.Property(x => x.UserId).HasMaxLength(IdLength);
            e.Property(x => x.LoginProvider).HasMaxLength(KeyPartLength);
            e.Property(x => x.Name).HasMaxLength(KeyPartLength);
            e.Property(x => x.Value).HasMaxLength(SystemSetting.MaxValueLength);
        });
    }
}
