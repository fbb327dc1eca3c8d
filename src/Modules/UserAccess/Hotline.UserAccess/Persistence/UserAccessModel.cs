namespace Hotline.UserAccess.Persistence;

/// <summary>
/// ASP.NET Identity's tables (schema version 2) mapped here rather than by <c>IdentityDbContext</c>, so they sit in the
/// module's context beside the messaging tables and in the one schema every module contributes to.
/// </summary>
internal static class UserAccessModel
{
    // Identity keys are GUID strings and short provider names; bounded so composite primary keys stay
    // within MariaDB's 3072-byte key limit in utf8mb4.
    private const int IdLength = 64;
    private const int KeyPartLength = 128;
    private const int NameLength = 256;
    private const int TokenValueLength = 2000;

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ApplicationUser>(e =>
        {
            e.ToTable("useraccess_users");
            e.Property(x => x.Id).HasMaxLength(IdLength);
            e.HasIndex(x => x.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
            e.HasIndex(x => x.NormalizedEmail).HasDatabaseName("EmailIndex");
            e.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
            e.Property(x => x.UserName).HasMaxLength(NameLength);
            e.Property(x => x.NormalizedUserName).HasMaxLength(NameLength);
            e.Property(x => x.Email).HasMaxLength(NameLength);
            e.Property(x => x.NormalizedEmail).HasMaxLength(NameLength);
            e.Property(x => x.PhoneNumber).HasMaxLength(NameLength);
            e.Property(x => x.DisplayName).HasMaxLength(50);
            // Identity's own hash format, longer than the SHA-256 digests the column rules size.
            e.Property(x => x.PasswordHash).HasMaxLength(400);
            e.HasIndex(x => x.UnitId);
            e.Property(x => x.PhoneExtension).HasMaxLength(PhoneExtension.MaxLength);
            // NULLs do not collide in a unique index on SQLite or MariaDB: only a set extension is unique.
            e.HasIndex(x => x.PhoneExtension).IsUnique();
            e.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(x => x.UserId).IsRequired();
            e.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(x => x.UserId).IsRequired();
            e.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(x => x.UserId).IsRequired();
            e.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(x => x.UserId).IsRequired();
        });
        builder.Entity<IdentityRole>(e =>
        {
            e.ToTable("useraccess_roles");
            e.Property(x => x.Id).HasMaxLength(IdLength);
            e.HasIndex(x => x.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique();
            e.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
            e.Property(x => x.Name).HasMaxLength(NameLength);
            e.Property(x => x.NormalizedName).HasMaxLength(NameLength);
            e.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(x => x.RoleId).IsRequired();
            e.HasMany<IdentityRoleClaim<string>>().WithOne().HasForeignKey(x => x.RoleId).IsRequired();
        });
        builder.Entity<IdentityUserRole<string>>(e =>
        {
            e.ToTable("useraccess_user_roles");
            e.HasKey(x => new { x.UserId, x.RoleId });
            e.Property(x => x.UserId).HasMaxLength(IdLength);
            e.Property(x => x.RoleId).HasMaxLength(IdLength);
        });
        builder.Entity<IdentityUserClaim<string>>(e =>
        {
            e.ToTable("useraccess_user_claims");
            e.Property(x => x.UserId).HasMaxLength(IdLength);
        });
        builder.Entity<IdentityUserLogin<string>>(e =>
        {
            e.ToTable("useraccess_user_logins");
            e.HasKey(x => new { x.LoginProvider, x.ProviderKey });
            e.Property(x => x.LoginProvider).HasMaxLength(KeyPartLength);
            e.Property(x => x.ProviderKey).HasMaxLength(KeyPartLength);
            e.Property(x => x.UserId).HasMaxLength(IdLength);
        });
        builder.Entity<IdentityRoleClaim<string>>(e =>
        {
            e.ToTable("useraccess_role_claims");
            e.Property(x => x.RoleId).HasMaxLength(IdLength);
        });
        builder.Entity<IdentityUserToken<string>>(e =>
        {
            e.ToTable("useraccess_user_tokens");
            e.HasKey(x => new { x.UserId, x.LoginProvider, x.Name });
            e.Property(x => x.UserId).HasMaxLength(IdLength);
            e.Property(x => x.LoginProvider).HasMaxLength(KeyPartLength);
            e.Property(x => x.Name).HasMaxLength(KeyPartLength);
            e.Property(x => x.Value).HasMaxLength(TokenValueLength);
        });
    }
}
