using Hotline.Platform.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hotline.Web.Infrastructure;

/// <summary>Tells whoever started the app where it listens and, in demo mode, how to sign in.</summary>
internal static class StartupBanner
{
    public static void Register(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var hosting = app.Services.GetRequiredService<HostingOptions>();
            // With JSON logs (production) every line of the output must be one JSON object: the banner becomes a log entry.
            if (string.Equals(app.Configuration["Logging:Console:FormatterName"], "json", StringComparison.OrdinalIgnoreCase))
            {
                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Hotline").LogInformation(
                    "Hotline started, listening on {Addresses}, data directory {DataDirectory}", string.Join(" ", addresses), hosting.FullDataDirectory);
                return;
            }
            var lines = new List<string> { "", "==== 12345 政务服务便民热线 Hotline ====" };
            lines.AddRange(addresses.Select(a => $"  地址 URL:   {a}"));
            lines.Add($"  数据目录 data directory: {hosting.FullDataDirectory}");
            if (hosting.DemoMode)
            {
                lines.Add($"  演示账号 demo logins (password {DemoAccounts.Password}):");
                lines.AddRange(DemoAccounts.All.Select(a => $"    {a.UserName,-11} {Platform.Identity.HotlineRoles.DisplayName(a.Role)}"));
            }
            lines.Add("========================================");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
    }
}
