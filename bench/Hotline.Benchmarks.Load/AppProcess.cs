using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hotline.Benchmarks.Load;

/// <summary>The app in a process of its own (as a county runs it), so its memory and CPU are its own and not the load's.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly bool _owned;
    private readonly Timer _sampler;
    private long _peakBytes;

    public Uri BaseUri { get; }

    public string LogPath { get; }

    /// <summary>The largest resident memory seen so far.</summary>
    public long PeakBytes => Interlocked.Read(ref _peakBytes);

    private AppProcess(Process process, bool owned, Uri baseUri, string logPath)
    {
        _process = process;
        _owned = owned;
        BaseUri = baseUri;
        LogPath = logPath;
        _sampler = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    public static Task<AppProcess> AttachAsync(Uri baseUri, int pid) => Task.FromResult(new AppProcess(Process.GetProcessById(pid), false, baseUri, "(在别处运行，见其自己的日志)"));

    /// <summary>Starts the Release build of Hotline.Web over <paramref name="dataDirectory"/> (and MariaDB when given), in Production with the demo accounts.</summary>
    public static async Task<AppProcess> StartAsync(string dataDirectory, string? mariaDb, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var root = RepositoryRoot();
        // The app built in the same configuration as this program (bin/<configuration>/net10.0/).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(root, "src", "Hotline.Web", "bin", configuration, "net10.0", "Hotline.Web.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException($"先构建：dotnet build Hotline.Blazor.sln -c {configuration}", dll);
        var baseUri = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--contentRoot", Path.Combine(root, "src", "Hotline.Web"), "--urls", baseUri.ToString().TrimEnd('/') },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Hotline__DataDirectory"] = Path.GetFullPath(dataDirectory);
        start.Environment["Hotline__DemoMode"] = "true";
        start.Environment["Hotline__AllowDemoModeInProduction"] = "true";
        if (mariaDb is not null)
        {
            start.Environment["Database__Provider"] = "MySql";
            start.Environment["Database__ConnectionString"] = mariaDb;
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        var logPath = Path.Combine(Path.GetTempPath(), $"hotline-app-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..8]}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, true, baseUri, logPath);
        await app.WaitUntilServingAsync(cancellationToken);
        return app;
    }

    private async Task WaitUntilServingAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(10) };
        var until = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"应用启动失败（退出码 {_process.ExitCode}），见 {LogPath}");
            try
            {
                if ((await http.GetAsync("Account/Login", cancellationToken)).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500, cancellationToken);
        }
        throw new TimeoutException($"应用 5 分钟内没有响应，见 {LogPath}");
    }

    /// <summary>Errors and critical failures the app logged (its console log's "fail:" and "crit:" lines); null when it runs elsewhere.</summary>
    public int? LoggedFailures() => _owned
        ? File.ReadLines(LogPath).Count(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        : null;

    /// <summary>The app's log from its first failure on (a few lines), so a run elsewhere (CI) shows what went wrong.</summary>
    public IEnumerable<string> FirstFailure() => _owned
        ? File.ReadLines(LogPath).SkipWhile(line => !line.StartsWith("fail:", StringComparison.Ordinal) && !line.StartsWith("crit:", StringComparison.Ordinal)).Take(20)
        : [];

    /// <summary>As <c>kill -9</c>: no shutdown, open transactions and connections simply gone.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Resident memory now.</summary>
    public long CurrentBytes()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    /// <summary>CPU time the app has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    private void Sample()
    {
        try
        {
            var now = CurrentBytes();
            long peak;
            do
                peak = Interlocked.Read(ref _peakBytes);
            while (now > peak && Interlocked.CompareExchange(ref _peakBytes, now, peak) != peak);
        }
        catch (InvalidOperationException)
        {
            // The process has exited; the run reports its errors.
        }
    }

    /// <summary>A loopback port nothing listens on (the nodes run also puts its nginx on one).</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hotline.Blazor.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("找不到 Hotline.Blazor.sln");
    }

    public async ValueTask DisposeAsync()
    {
        await _sampler.DisposeAsync();
        if (_owned && !_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
