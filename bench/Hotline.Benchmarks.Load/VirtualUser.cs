using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Hotline.Benchmarks.Load;

/// <summary>One member of staff: signs in through the login form, opens the home page, keeps its circuit and moves through the role's pages.</summary>
internal sealed partial class VirtualUser(int index, Role role, Uri baseUri, Recorder recorder, TimeSpan thinkTime)
{
    private const string DemoPassword = "Demo@12345";

    private readonly string _account = role.Accounts[index % role.Accounts.Length];
    private readonly Random _random = new(index);

    public string Name => $"#{index} {role.Name} {_account}";

    public async Task RunAsync(DateTime until, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseUri,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var form = await GetPageAsync(http, "/Account/Login", cancellationToken);
        var signingIn = Stopwatch.GetTimestamp();
        await SignInAsync(http, form, cancellationToken);
        recorder.Step("登录 (POST)", Stopwatch.GetElapsedTime(signingIn));

        var started = Stopwatch.GetTimestamp();
        var home = await GetPageAsync(http, "/", cancellationToken);
        recorder.Step("首页 (GET)", Stopwatch.GetElapsedTime(started));
        var (circuit, interactive) = await Circuit.StartAsync(baseUri, cookies, home, "/", cancellationToken);
        await using var _ = circuit;
        recorder.Step("首页电路 (启动到渲染完)", interactive);
        recorder.Step("登录 → 首页可交互", Stopwatch.GetElapsedTime(signingIn));

        var details = await FindCasesAsync(http, cancellationToken);
        while (DateTime.UtcNow < until && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(ThinkTime(), cancellationToken);
            var path = role.Pages[_random.Next(role.Pages.Length)];
            if (path == Role.Detail)
            {
                if (details.Length == 0)
                    continue;
                path = details[_random.Next(details.Length)];
            }
            var timing = await circuit.NavigateAsync(path, cancellationToken);
            if (circuit.Error is { } error)
                throw new InvalidOperationException($"{path}: {error}");
            if (timing is not { } t)
                throw new TimeoutException($"{path}: 15 秒内没有渲染");
            recorder.Navigation(path, t.FirstRender, t.Complete);
        }
    }

    private async Task<string[]> FindCasesAsync(HttpClient http, CancellationToken cancellationToken)
    {
        if (!role.Pages.Contains(Role.Detail))
            return [];
        for (var i = 0; i < Role.Keywords.Length; i++)
        {
            var word = Role.Keywords[(index + i) % Role.Keywords.Length];
            var found = DetailLinks().Matches(await GetPageAsync(http, "/search?q=" + Uri.EscapeDataString(word), cancellationToken))
                .Select(m => m.Groups["path"].Value).Distinct().ToArray();
            if (found.Length > 0)
                return found;
        }
        return [];
    }

    /// <summary>Between half and one and a half of the mean think time: reading the page, typing, the phone.</summary>
    private TimeSpan ThinkTime() => thinkTime * (0.5 + _random.NextDouble());

    private async Task SignInAsync(HttpClient http, string form, CancellationToken cancellationToken)
    {
        var fields = HiddenField().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.UserName"] = _account;
        fields["Input.Password"] = DemoPassword;
        var response = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(fields), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"登录失败：{(int)response.StatusCode}");
    }

    private static async Task<string> GetPageAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        var response = await http.GetAsync(path, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenField();

    [GeneratedRegex("""href="(?<path>/(cases|unit/assignments|dispatch|supervision)/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})""")]
    private static partial Regex DetailLinks();
}
