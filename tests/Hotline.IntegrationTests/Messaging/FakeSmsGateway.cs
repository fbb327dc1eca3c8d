using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hotline.IntegrationTests.Messaging;

/// <summary>One request as the fake gateway received it.</summary>
public sealed record GatewayRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// A tiny real HTTP server on a free local port standing in for a county's SMS provider: it records every request and
/// answers from a script (then with its last answer), so the adapter is tested over a real socket.
/// </summary>
public sealed class FakeSmsGateway : IAsyncDisposable
{
    private readonly WebApplication _server;
    private readonly ConcurrentQueue<(int Status, string Body)> _script = new();
    private (int Status, string Body) _last = (200, "{\"code\":0}");

    private FakeSmsGateway()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue(new GatewayRequest(context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
            var reply = _script.TryDequeue(out var next) ? _last = next : _last;
            context.Response.StatusCode = reply.Status;
            await context.Response.WriteAsync(reply.Body);
        });
    }

    public ConcurrentQueue<GatewayRequest> Requests { get; } = new();

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl => _server.Urls.First();

    public static async Task<FakeSmsGateway> StartAsync(params (int Status, string Body)[] replies)
    {
        var gateway = new FakeSmsGateway();
        foreach (var reply in replies)
            gateway._script.Enqueue(reply);
        await gateway._server.StartAsync();
        return gateway;
    }

    /// <summary>Answers from now on with this reply.</summary>
    public void AnswerWith(int status, string body)
    {
        _script.Clear();
        _last = (status, body);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
    }
}
