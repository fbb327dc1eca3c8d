using System.Text.Json;
using Microsoft.Playwright;

namespace Hotline.Benchmarks.Pages;

/// <summary>
/// A Chromium performance trace of every process (the page's renderer, the browser, the network service and any other
/// renderer running at the same time), saved as JSON for chrome://tracing or Perfetto. With --trace DIR the benchmark
/// records the last timed sign-in of each role, on the workstation's browser and in a new one: the counters show how long
/// a sign-in takes, a trace shows what else the machine was doing meanwhile.
/// </summary>
internal sealed class ChromiumTrace
{
    private readonly ICDPSession _session;
    private readonly List<JsonElement> _events = [];
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChromiumTrace(ICDPSession session)
    {
        _session = session;
        _session.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            lock (_events)
                _events.AddRange(data!.Value.GetProperty("value").EnumerateArray().Select(e => e.Clone()));
        };
        _session.Event("Tracing.tracingComplete").OnEvent += (_, _) => _complete.TrySetResult();
    }

    public static async Task<ChromiumTrace> StartAsync(IBrowser browser)
    {
        var trace = new ChromiumTrace(await browser.NewBrowserCDPSessionAsync());
        await trace._session.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReportEvents",
            ["traceConfig"] = new Dictionary<string, object>
            {
                ["includedCategories"] = new[] { "toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "loading", "navigation", "v8", "v8.execute" },
            },
        });
        return trace;
    }

    public async Task SaveAsync(string path)
    {
        await _session.SendAsync("Tracing.end");
        await _complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await _session.DetachAsync();
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, _events);
    }
}
