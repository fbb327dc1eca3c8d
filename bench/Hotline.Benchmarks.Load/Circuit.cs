using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Benchmarks.Load;

/// <summary>
/// One Blazor circuit driven the way blazor.web.js drives it: start it from a prerendered page, acknowledge every render
/// batch, answer the server's JavaScript calls, and move between pages as the router's intercepted link clicks do.
/// The DOM is not built: a navigation counts as done when the page's render batches stop arriving.
/// </summary>
internal sealed class Circuit : IAsyncDisposable
{
    /// <summary>A render that follows within this time belongs to the same page load (data arriving after the first paint).</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>The JavaScript functions the server called and how often, for <c>--verbose</c>.</summary>
    public static readonly ConcurrentDictionary<string, int> JsCalls = new();

    private readonly HubConnection _connection;
    private readonly Uri _baseUri;
    private readonly Lock _gate = new();
    private long _batches;
    private long _lastBatchAt;
    private long _nextObjectId;
    private bool _disposing;
    private TaskCompletionSource _batchArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The first error the server reported (JS.Error) or the connection's unexpected end; null while all is well.</summary>
    public string? Error { get; private set; }

    private Circuit(Uri baseUri, CookieContainer cookies)
    {
        _baseUri = baseUri;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "_blazor"), HttpTransportType.WebSockets, options => options.Cookies = cookies);
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        _connection = builder.Build();
        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        _connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJSAsync);
        _connection.On<string>("JS.Error", message => Error ??= "JS.Error: " + message);
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        _connection.Closed += exception =>
        {
            if (!_disposing)
                Error ??= "连接断开: " + (exception?.Message ?? "服务器关闭了电路");
            return Task.CompletedTask;
        };
    }

    /// <summary>Connects, starts the circuit over <paramref name="html"/> (the prerendered page at <paramref name="path"/>) and waits until it has rendered.</summary>
    public static async Task<(Circuit Circuit, TimeSpan Interactive)> StartAsync(Uri baseUri, CookieContainer cookies, string html, string path, CancellationToken cancellationToken)
    {
        var page = PrerenderedPage.Parse(html);
        if (page.Markers.Count == 0)
            throw new InvalidOperationException($"{path} 没有交互式组件标记");
        var circuit = new Circuit(baseUri, cookies);
        var started = Stopwatch.GetTimestamp();
        await circuit._connection.StartAsync(cancellationToken);
        var secret = await circuit._connection.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), new Uri(baseUri, path).ToString(), "[]", page.ApplicationState, cancellationToken);
        if (secret is null)
            throw new InvalidOperationException($"服务器拒绝启动电路：{circuit.Error}");
        await circuit._connection.SendAsync("UpdateRootComponents", page.AddOperations(), page.ApplicationState, cancellationToken);
        var done = await circuit.SettleAsync(0, started, cancellationToken);
        return (circuit, done ?? throw new InvalidOperationException($"{path} 的电路 {Patience.TotalSeconds} 秒内没有渲染：{circuit.Error}"));
    }

    /// <summary>Follows an intercepted link to <paramref name="path"/>; the time until its last render batch arrived, or null when none came.</summary>
    public async Task<(TimeSpan FirstRender, TimeSpan Complete)?> NavigateAsync(string path, CancellationToken cancellationToken)
    {
        long seen;
        lock (_gate)
            seen = _batches;
        var sent = Stopwatch.GetTimestamp();
        await _connection.SendAsync("OnLocationChanged", new Uri(_baseUri, path).ToString(), null, true, cancellationToken);
        if (!await WaitForBatchAsync(seen, Patience, cancellationToken))
            return null;
        var first = Stopwatch.GetElapsedTime(sent, Volatile.Read(ref _lastBatchAt));
        var complete = await SettleAsync(seen, sent, cancellationToken);
        return complete is { } c ? (first, c) : null;
    }

    /// <summary>Waits for a batch after <paramref name="seen"/>, then until none follows within <see cref="Quiet"/>; the time from <paramref name="since"/> to the last one.</summary>
    private async Task<TimeSpan?> SettleAsync(long seen, long since, CancellationToken cancellationToken)
    {
        if (!await WaitForBatchAsync(seen, Patience, cancellationToken))
            return null;
        var deadline = Stopwatch.GetTimestamp() + (long)(Patience.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            long count, last;
            lock (_gate)
                (count, last) = (_batches, _lastBatchAt);
            if (Stopwatch.GetTimestamp() > deadline || !await WaitForBatchAsync(count, Quiet, cancellationToken))
                return Stopwatch.GetElapsedTime(since, last);
        }
    }

    private async Task<bool> WaitForBatchAsync(long seen, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                if (_batches > seen)
                    return true;
                arrived = _batchArrived.Task;
            }
            var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), until);
            if (left <= TimeSpan.Zero || Error is not null)
                return false;
            await Task.WhenAny(arrived, Task.Delay(left, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] _)
    {
        TaskCompletionSource arrived;
        lock (_gate)
        {
            _batches++;
            _lastBatchAt = Stopwatch.GetTimestamp();
            arrived = _batchArrived;
            _batchArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        arrived.TrySetResult();
        // The server holds back further renders until the browser says it applied this one.
        await _connection.SendAsync("OnRenderCompleted", batchId, null);
    }

    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        JsCalls.AddOrUpdate(identifier, 1, (_, n) => n + 1);
        if (asyncHandle == 0)
            return;
        // No browser here: every call succeeds; one that returns a JavaScript object gets a fresh reference to one.
        object? result = resultType == JsResultObjectReference ? new Dictionary<string, long> { ["__jsObjectId"] = Interlocked.Increment(ref _nextObjectId) } : null;
        await _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, JsonSerializer.Serialize(new object?[] { asyncHandle, true, result }));
    }

    /// <summary>JSCallResultType.JSObjectReference.</summary>
    private const int JsResultObjectReference = 1;

    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        await _connection.DisposeAsync();
    }
}
