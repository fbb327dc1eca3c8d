using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hotline.Benchmarks.Pages;

/// <summary>A browser-like client signed in through the real login form (antiforgery token and all).</summary>
internal static partial class SignedInClient
{
    public const string DemoPassword = "Demo@12345";

    public static async Task<HttpClient> CreateAsync(SeededApp app, string userName)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await (await client.GetAsync("/Account/Login")).Content.ReadAsStringAsync();
        var fields = HiddenField().Matches(login).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.UserName"] = userName;
        fields["Input.Password"] = DemoPassword;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"{userName} 登录失败：{response.StatusCode}");
        return client;
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenField();
}
