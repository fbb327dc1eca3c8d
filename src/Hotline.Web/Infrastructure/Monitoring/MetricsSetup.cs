using System.Net;
using Hotline.Platform.Monitoring;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Hotline.Web.Infrastructure.Monitoring;

/// <summary>Bound from <c>Metrics</c>: where the OpenTelemetry metrics go. Both off by default.</summary>
internal sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Serve <c>/metrics</c> in Prometheus' text format to loopback and <see cref="ScrapeNetworks"/>.</summary>
    public bool Prometheus { get; set; }

    /// <summary>Comma-separated CIDR networks of Prometheus servers allowed to read /metrics besides this host.</summary>
    public string? ScrapeNetworks { get; set; }

    /// <summary>An OTLP collector, e.g. <c>http://collector:4317</c>; metrics are pushed there every minute.</summary>
    public string? OtlpEndpoint { get; set; }
}

/// <summary>
/// Metrics with OpenTelemetry: request rates and durations (ASP.NET Core), the runtime, open Blazor circuits, and the
/// app's own — cases registered, event delivery (waiting, given up, lag), data disk, age of the last backup.
/// </summary>
internal static class MetricsSetup
{
    public const string PrometheusPath = "/metrics";

    public static IServiceCollection AddHotlineMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        services.AddSingleton(options);
        services.AddSingleton<OpenCircuits>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitCounting>();
        services.AddScoped<OperationsProbe>();
        services.AddSingleton<OperationsGauges>();
        services.AddHostedService(sp => sp.GetRequiredService<OperationsGauges>());
        if (!options.Prometheus && string.IsNullOrWhiteSpace(options.OtlpEndpoint))
            return services;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("hotline", serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(HotlineMetrics.MeterName, "Microsoft.AspNetCore.Components.Server.Circuits")
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation();
                if (options.Prometheus)
                    metrics.AddPrometheusExporter();
                if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
                    metrics.AddOtlpExporter(otlp => otlp.Endpoint = new Uri(options.OtlpEndpoint));
            });
        return services;
    }

    public static void MapHotlineMetrics(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<MetricsOptions>();
        // The instruments exist from the start, whether or not their background sampling runs.
        app.Services.GetRequiredService<OperationsGauges>();
        if (!options.Prometheus)
            return;
        var networks = (options.ScrapeNetworks ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(System.Net.IPNetwork.Parse).ToList();
        // The client's address as the forwarded headers gave it: through nginx from outside, it is the outside address.
        app.UseOpenTelemetryPrometheusScrapingEndpoint(http =>
            http.Request.Path == PrometheusPath && http.Connection.RemoteIpAddress is { } client
            && (IPAddress.IsLoopback(client) || networks.Any(n => n.Contains(client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client))));
    }
}
