namespace Hotline.Platform;

/// <summary>Bound from the <c>Hotline</c> configuration section.</summary>
public sealed class HostingOptions
{
    public const string Section = "Hotline";

    /// <summary>Holds the SQLite file and uploaded files. Relative paths resolve against the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Seeds the fictional demo county and the demo accounts. Never on in production.</summary>
    public bool DemoMode { get; set; }

    /// <summary>Demo mode in the Production environment only when this is set too (scripts/run.sh sets it for the demo).</summary>
    public bool AllowDemoModeInProduction { get; set; }

    /// <summary>A production installation on SQLite (demo mode off) only when this says so: a county runs MariaDB.</summary>
    public bool AllowSqliteInProduction { get; set; }

    /// <summary>Applies pending schema migrations at start; off, the start refuses a database that needs them (run <c>migrate</c>).</summary>
    public bool MigrateAtStart { get; set; } = true;

    /// <summary>The data-protection key ring in the database instead of the data directory: for several app nodes.</summary>
    public bool KeysInDatabase { get; set; }

    /// <summary>A Redis server (StackExchange.Redis configuration, e.g. <c>127.0.0.1:6379</c>) relaying live updates between app nodes.</summary>
    public string? Redis { get; set; }

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);

    public string UploadsDirectory => Path.Combine(FullDataDirectory, "uploads");
}
