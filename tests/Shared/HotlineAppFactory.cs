using Hotline.Platform.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MySqlConnector;

namespace Hotline.Testing;

/// <summary>
/// The real application on a fresh database of the given provider, with demo data and a clock the
/// test controls. SQLite gets a temporary file; MariaDB gets a throwaway database on the server
/// named by HOTLINE_TEST_MARIADB (started by scripts/test.sh).
/// </summary>
public class HotlineAppFactory : WebApplicationFactory<Program>
{
    /// <summary>Wednesday 2026-11-25 09:00 China time: a plain working day.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);

    public const string MariaDbVariable = "HOTLINE_TEST_MARIADB";

    private readonly string? _mariaDbDatabase;
    private readonly bool _ownsDatabase;

    /// <summary>
    /// A second application on the database of <paramref name="previous"/>, as after a restart (optionally with demo
    /// mode switched); the first one keeps ownership.
    /// </summary>
    public HotlineAppFactory(HotlineAppFactory previous, bool runBackgroundWorkers = true, bool? demoMode = null)
    {
        Provider = previous.Provider;
        DemoMode = demoMode ?? previous.DemoMode;
        DataDirectory = previous.DataDirectory;
        ConnectionString = previous.ConnectionString;
        RunBackgroundWorkers = runBackgroundWorkers;
        Clock.SetUtcNow(previous.Clock.GetUtcNow());
    }

    /// <summary>Off to simulate an application that commits work and dies before its workers run.</summary>
    public bool RunBackgroundWorkers { get; init; } = true;

    public HotlineAppFactory(DatabaseProvider provider, bool demoMode = true)
    {
        Provider = provider;
        DemoMode = demoMode;
        DataDirectory = Path.Combine(Path.GetTempPath(), "hotline-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(DataDirectory);
        _ownsDatabase = true;
        if (provider == DatabaseProvider.MySql)
        {
            _mariaDbDatabase = "hl_" + Guid.NewGuid().ToString("N")[..12];
            ConnectionString = CreateMariaDbDatabase(_mariaDbDatabase);
        }
        else
        {
            ConnectionString = $"Data Source={Path.Combine(DataDirectory, "hotline.db")}";
        }
    }

    public DatabaseProvider Provider { get; }
    public bool DemoMode { get; }
    public string DataDirectory { get; }
    public string ConnectionString { get; }
    public FakeTimeProvider Clock { get; } = new(DefaultStart);

    /// <summary>What the app registered, for tests that sweep its services.</summary>
    public IReadOnlyList<ServiceDescriptor> Registrations { get; private set; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the host serves MudBlazor's and Blazor's static files only when told to.
        builder.UseStaticWebAssets();
        builder.UseSetting("Hotline:DataDirectory", DataDirectory);
        builder.UseSetting("Hotline:DemoMode", DemoMode ? "true" : "false");
        builder.UseSetting("Hotline:InitialAdminPassword", "Init@12345");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.ConfigureLogging(logging => logging.AddRunLog());
        builder.ConfigureServices(services =>
        {
            services.RecordIssuedSecrets();
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (!RunBackgroundWorkers)
                services.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>();
            Registrations = services.ToList();
        });
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !_ownsDatabase)
            return;
        if (_mariaDbDatabase is not null)
            DropMariaDbDatabase(_mariaDbDatabase);
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { /* a file may still be held briefly; the temp folder is cleaned anyway */ }
    }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(MariaDbVariable)
        ?? throw new InvalidOperationException(
            $"{MariaDbVariable} is not set. Run the tests with scripts/test.sh, which installs and starts a throwaway MariaDB.");

    private static string CreateMariaDbDatabase(string name)
    {
        using var connection = new MySqlConnection(ServerConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci";
        command.ExecuteNonQuery();
        return new MySqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    private static void DropMariaDbDatabase(string name)
    {
        MySqlConnection.ClearAllPools();
        using var connection = new MySqlConnection(ServerConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS `{name}`";
        command.ExecuteNonQuery();
    }
}

public sealed class SqliteApp() : HotlineAppFactory(DatabaseProvider.Sqlite);

public sealed class MariaDbApp() : HotlineAppFactory(DatabaseProvider.MySql);
