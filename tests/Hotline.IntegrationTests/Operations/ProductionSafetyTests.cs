using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Hotline.IntegrationTests.Operations;

/// <summary>Configuration (#20): a production start with an obviously unsafe setting is refused and names each; the safe one starts.</summary>
public sealed class ProductionSafetyTests
{
    private sealed class ProductionApp(params (string Key, string Value)[] settings) : HotlineAppFactory(DatabaseProvider.Sqlite, demoMode: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        }
    }

    [Fact]
    public void A_production_start_on_sqlite_answering_plain_http_to_the_network_is_refused_naming_both()
    {
        using var app = new ProductionApp(("urls", "http://0.0.0.0:5080"));

        var refused = Assert.ThrowsAny<Exception>(() => app.Services).ToString();

        Assert.Contains("生产环境（Production）拒绝以下不安全的设置启动", refused);
        Assert.Contains("Hotline:AllowSqliteInProduction", refused);
        Assert.Contains("http://0.0.0.0:5080", refused);
    }

    [Fact]
    public void A_production_start_allowed_on_sqlite_behind_a_known_proxy_or_on_loopback_goes_ahead()
    {
        using var proxied = new ProductionApp(("urls", "http://0.0.0.0:5080"), ("Security:KnownProxies", "10.0.0.5"),
            ("Hotline:AllowSqliteInProduction", "true"));
        Assert.NotNull(proxied.Services);
        using var loopback = new ProductionApp(("urls", "http://127.0.0.1:5080;http://[::1]:5080"), ("Hotline:AllowSqliteInProduction", "true"));
        Assert.NotNull(loopback.Services);
    }
}
