namespace Hotline.Platform.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    MySql,
}

/// <summary>Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for MySql; for Sqlite the default is a file in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Server version for Pomelo, e.g. "10.11.6-mariadb" or "8.0.36-mysql"; never auto-detected.</summary>
    public string ServerVersion { get; set; } = "10.11.0-mariadb";
}
