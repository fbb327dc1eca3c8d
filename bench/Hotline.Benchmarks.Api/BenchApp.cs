using Hotline.Integration.Domain;
using Hotline.Integration.Persistence;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Benchmarks.Api;

/// <summary>The real application on Kestrel with demo data on a throwaway database, as the integration tests run it.</summary>
internal sealed class BenchApp : HotlineAppFactory
{
    private readonly Dictionary<string, Guid> _clients = [];

    public BenchApp(DatabaseProvider provider) : base(provider) => UseKestrel(0);

    public Uri Start()
    {
        // Test projects get the app's content root from an attribute the testing package generates; a console app says it itself.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Hotline.Blazor.sln")))
            root = root.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HOTLINE_WEB", Path.Combine(root!.FullName, "src", "Hotline.Web"));
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The numbers are the output; the app's own log lines would bury them.
        builder.ConfigureLogging(logging => logging.AddFilter((_, level) => level >= LogLevel.Error));
    }

    public void Remember(string key, Guid id) => _clients[key] = id;

    public Guid ClientIdOf(string key) => _clients[key];

    /// <summary>Feed events as the event handlers store them, for cases spread over 500 case ids so order per case matters.</summary>
    public async Task AddFeedEventsAsync(int count)
    {
        var caseIds = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid()).ToArray();
        for (var start = 0; start < count; start += 1000)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                db.FeedEvents.Add(FeedEvent.Of(Guid.NewGuid(), FeedEventType.Dispatched, caseIds[i % caseIds.Length], $"BENCH-{i:000000}",
                    Clock.GetUtcNow().UtcDateTime, "{\"caseNumber\":\"BENCH\"}", []));
            }
            await db.SaveChangesAsync();
        }
        Services.GetRequiredService<Hotline.Integration.Feed.FeedSignal>().Notify();
    }
}
