using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Hotline.Web.Infrastructure.Security;

/// <summary>
/// Behind nginx the connection comes from the proxy: the client's address (audit log, rate limits) and scheme (secure
/// cookies) are read from X-Forwarded-For/-Proto, but only when the connection comes from a configured proxy, so a
/// client talking to the app directly cannot choose its own address. Without configuration only loopback is trusted.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static void Configure(ForwardedHeadersOptions options, SecurityOptions security)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        var proxies = Split(security.KnownProxies);
        var networks = Split(security.KnownNetworks);
        if (proxies.Length == 0 && networks.Length == 0)
            return; // the framework's defaults: 127.0.0.0/8 and ::1
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in networks)
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }

    // One string, as an environment variable holds it: "10.0.0.2,10.0.0.3" lists several.
    private static string[] Split(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
