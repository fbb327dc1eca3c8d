using System.Diagnostics;
using Hotline.Benchmarks.Load;

namespace Hotline.Benchmarks.Nodes;

/// <summary>
/// Debian's nginx in front of the app nodes as the README's several-nodes section sets it up: <c>ip_hash</c> keeps a user
/// on one node (a Blazor circuit lives there), WebSocket upgraded, forwarded headers set. Its access log names the node
/// that answered each request, so the run knows which node a browser's circuit is on.
/// </summary>
internal sealed class NginxFront : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _configuration;
    private readonly int _masterPid;

    private NginxFront(string directory, string configuration, int masterPid, Uri baseUri)
    {
        _directory = directory;
        _configuration = configuration;
        _masterPid = masterPid;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    private string AccessLog => Path.Combine(_directory, "access.log");

    public static async Task<NginxFront> StartAsync(string directory, IReadOnlyList<Uri> nodes)
    {
        Directory.CreateDirectory(directory);
        var port = AppProcess.FreePort();
        var configuration = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(configuration, $$"""
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log;
            worker_processes 1;
            events { worker_connections 512; }
            http {
                log_format node '$request_uri $status $upstream_addr';
                access_log {{directory}}/access.log node;
                # Workers run as nobody and may not write under the scratch directory: answers are never buffered to disk.
                proxy_max_temp_file_size 0;
                client_body_temp_path {{directory}}/body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;
                map $http_upgrade $connection_upgrade { default upgrade; '' close; }
                upstream hotline_app {
                    ip_hash;
            {{string.Concat(nodes.Select(n => $"        server {n.Authority};\n"))}}
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://hotline_app;
                        proxy_http_version 1.1;
                        proxy_set_header Upgrade $http_upgrade;
                        proxy_set_header Connection $connection_upgrade;
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_read_timeout 1h;
                    }
                }
            }
            """);
        await RunAsync("nginx", "-c", configuration);
        // The daemon writes its pid file just after the starting process returned.
        var pidFile = Path.Combine(directory, "nginx.pid");
        for (var waited = 0; waited < 50 && !File.Exists(pidFile); waited++)
            await Task.Delay(100);
        var masterPid = int.Parse((await File.ReadAllTextAsync(pidFile)).Trim());
        return new NginxFront(directory, configuration, masterPid, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>
    /// The node (host:port) that answered the last Blazor negotiation: the circuit's WebSocket follows it there (ip_hash).
    /// The WebSocket's own line is written only when it closes.
    /// </summary>
    public string? CircuitNode() =>
        File.Exists(AccessLog)
            ? File.ReadLines(AccessLog).Select(line => line.Split(' '))
                .LastOrDefault(f => f.Length >= 3 && f[0].StartsWith("/_blazor/negotiate", StringComparison.Ordinal) && f[1] == "200")?[2]
            : null;

    public async ValueTask DisposeAsync()
    {
        try { await RunAsync("nginx", "-c", _configuration, "-s", "stop"); }
        catch (InvalidOperationException)
        {
            // Stop needs the pid file; the master's pid read at start ends it anyway.
            try { Process.GetProcessById(_masterPid).Kill(entireProcessTree: true); }
            catch (ArgumentException) { /* already gone */ }
        }
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)}: exit {process.ExitCode} {error}");
    }
}
