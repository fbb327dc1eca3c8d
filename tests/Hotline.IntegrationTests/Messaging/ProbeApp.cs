using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Hotline.IntegrationTests.Messaging;

/// <summary>
/// The real application with the test-only probe handler registered (the same ConfigureServices a
/// WithWebHostBuilder would add, kept on a HotlineAppFactory so the acting-as helpers still apply).
/// </summary>
public sealed class ProbeApp : HotlineAppFactory
{
    /// <summary>A fresh database, with the background workers off: the test drives the processors itself.</summary>
    public ProbeApp(DatabaseProvider provider) : base(provider)
    {
        RunBackgroundWorkers = false;
    }

    /// <summary>The same database as <paramref name="previous"/>, as after a restart.</summary>
    public ProbeApp(HotlineAppFactory previous, bool runBackgroundWorkers) : base(previous, runBackgroundWorkers) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddProbe());
    }
}

/// <summary>Class fixtures whose background workers are off, so tests run the outbox and notification processors deterministically.</summary>
public sealed class SqliteQuietApp : HotlineAppFactory
{
    public SqliteQuietApp() : base(DatabaseProvider.Sqlite) => RunBackgroundWorkers = false;
}

public sealed class MariaDbQuietApp : HotlineAppFactory
{
    public MariaDbQuietApp() : base(DatabaseProvider.MySql) => RunBackgroundWorkers = false;
}
