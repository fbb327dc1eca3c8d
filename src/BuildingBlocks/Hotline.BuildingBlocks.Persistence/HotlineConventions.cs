namespace Hotline.Platform.Persistence;

/// <summary>Conventions every Hotline context shares, whatever module it belongs to.</summary>
public static class HotlineConventions
{
    public const string MySqlCollation = "utf8mb4_unicode_520_ci";

    public static void Apply(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configuration.Conventions.Add(_ => new ColumnConventions());
    }

    /// <summary>Pins the character set and collation on MySQL: utf8mb4_unicode_ci equates different rare CJK characters.</summary>
    public static void ApplyProviderDefaults(ModelBuilder builder, DbContext context)
    {
        if (context.Database.IsMySql())
        {
            builder.HasCharSet("utf8mb4");
            builder.UseCollation(MySqlCollation);
        }
    }
}
