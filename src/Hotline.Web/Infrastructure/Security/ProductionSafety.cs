namespace Hotline.Web.Infrastructure.Security;

/// <summary>
/// Settings fine on a developer's machine or a demonstration server but unsafe on a county's production server: in the
/// Production environment with demo mode off the start refuses them and names each (issue #20). A demonstration server
/// has its own allowance (<c>Hotline:AllowDemoModeInProduction</c>), checked where demo mode is.
/// </summary>
internal static class ProductionSafety
{
    public static IReadOnlyList<string> Problems(IConfiguration configuration, HostingOptions hosting, SecurityOptions security)
    {
        var problems = new List<string>();
        if (hosting.DemoMode)
            return problems;
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Sqlite && !hosting.AllowSqliteInProduction)
            problems.Add("Database:Provider 为 Sqlite：县级生产环境请使用 MariaDB（见 README“生产部署”）；确需 SQLite 的小型安装，请设置 " +
                         "Hotline:AllowSqliteInProduction=true（环境变量 Hotline__AllowSqliteInProduction）。");
        var open = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(url => url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !IsLoopback(url)).ToList();
        if (open.Count > 0 && string.IsNullOrWhiteSpace(security.KnownProxies) && string.IsNullOrWhiteSpace(security.KnownNetworks) && !security.AllowPlainHttp)
            problems.Add($"应用以明文 HTTP 直接对外监听（{string.Join("、", open)}），前面也没有配置反向代理（Security:KnownProxies / Security:KnownNetworks）：" +
                         "请只监听 127.0.0.1 并由 nginx 提供 HTTPS，或监听 https://；确属另有保护的内网，请设置 Security:AllowPlainHttp=true。");
        return problems;
    }

    public static void Enforce(IConfiguration configuration, IHostEnvironment environment, HostingOptions hosting, SecurityOptions security)
    {
        if (!environment.IsProduction() || Problems(configuration, hosting, security) is not { Count: > 0 } problems)
            return;
        throw new InvalidOperationException("生产环境（Production）拒绝以下不安全的设置启动：" +
            string.Concat(problems.Select((p, i) => $"{Environment.NewLine}{i + 1}. {p}")));
    }

    private static bool IsLoopback(string url)
    {
        var host = url["http://".Length..];
        host = host.StartsWith('[') ? host[..(host.IndexOf(']') + 1)] : host.Split(':', '/')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
    }
}
