using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.IntegrationTests.Integration;

/// <summary>A department's webhook receiver on a local port: records every POST and answers 503 while told to be down.</summary>
internal sealed class FeedReceiver : IAsyncDisposable
{
    public sealed record Hit(string Body, IReadOnlyDictionary<string, string> Headers, int AnsweredWith);

    private readonly WebApplication _app;

    public ConcurrentQueue<Hit> Hits { get; } = new();
    public volatile bool Down;

    private FeedReceiver(WebApplication app) => _app = app;

    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";

    public IEnumerable<Hit> Accepted => Hits.Where(h => h.AnsweredWith == 200);

    public static async Task<FeedReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new FeedReceiver(app);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var status = receiver.Down ? 503 : 200;
            receiver.Hits.Enqueue(new Hit(body, http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
