using System.Net;
using System.Text.RegularExpressions;
using Hotline.Testing;

namespace Hotline.IntegrationTests.Identity;

/// <summary>
/// An HTTP client that keeps cookies and fills in the static server-rendered account forms the way a browser does:
/// it GETs the page, takes the form's hidden fields (antiforgery token, Blazor's form name) and posts them back.
/// Redirects are not followed automatically so tests can assert where they lead.
/// </summary>
internal sealed partial class BrowserSession(HotlineAppFactory app) : IDisposable
{
    public HttpClient Client { get; } = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    /// <summary>Signs in through the real login form; the response is the form's redirect (or the page with an error).</summary>
    public Task<HttpResponseMessage> SignInAsync(string userName, string password, string loginUrl = "/Account/Login") =>
        SubmitFormAsync(loginUrl, "login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });

    /// <summary>Signs in and fails the test unless the sign-in was accepted (a redirect away from the login page).</summary>
    public async Task<Uri> SignInOrFailAsync(string userName, string password)
    {
        var response = await SignInAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Sign-in of {userName} was not accepted: {response.StatusCode} {await ErrorTextAsync(response)}");
        return response.Headers.Location!;
    }

    /// <summary>GETs <paramref name="url"/>, fills the form named <paramref name="formName"/> and posts it to the same URL.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string url, string formName, Dictionary<string, string> fields)
    {
        var page = await Client.GetAsync(url);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {url} answered {page.StatusCode} {page.Headers.Location}");
        return await PostFormAsync(url, await page.Content.ReadAsStringAsync(), formName, fields);
    }

    /// <summary>Posts a form found in already loaded HTML (e.g. a page reached by a redirect).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string html, string formName, Dictionary<string, string> fields)
    {
        var form = FindForm(html, formName);
        var values = HiddenFields(form);
        foreach (var (name, value) in fields)
            values[name] = value;
        // Blazor renders the form's action with the page's path and query; post where the browser would.
        var action = Attribute(FormTagPattern().Match(form).Value, "action") ?? url;
        return await Client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Follows redirects like a browser and returns the final page.</summary>
    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 10 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
            response = await Client.GetAsync(response.Headers.Location);
        return response;
    }

    /// <summary>
    /// Whether the cookie still signs this browser in: the change-password page needs only a signed-in user, so it
    /// answers 200 for any valid session and redirects to login otherwise (unlike the home page, it has no role widgets).
    /// </summary>
    public async Task<bool> IsSignedInAsync()
    {
        var response = await Client.GetAsync("/Account/Manage/ChangePassword");
        if (response.StatusCode == HttpStatusCode.OK)
            return true;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/Account/Login",
            $"Unexpected answer {response.StatusCode} {response.Headers.Location}");
        return false;
    }

    /// <summary>The text of the page's status or validation messages, for assertions and failure output.</summary>
    public static async Task<string> ErrorTextAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var messages = MessagePattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value.Trim()));
        return string.Join(" | ", messages);
    }

    public static string? TestIdText(string html, string testId)
    {
        var match = Regex.Match(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>(?<text>[^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value.Trim()) : null;
    }

    private static string FindForm(string html, string formName)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var fields = HiddenFields(form.Value);
            if (fields.TryGetValue("_handler", out var handler) && handler == formName)
                return form.Value;
        }
        throw new InvalidOperationException($"No form named '{formName}' in the page.");
    }

    private static Dictionary<string, string> HiddenFields(string formHtml)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputPattern().Matches(formHtml))
        {
            var tag = input.Value;
            if (!tag.Contains("type=\"hidden\"", StringComparison.Ordinal))
                continue;
            var name = Attribute(tag, "name");
            if (name is not null)
                fields[name] = Attribute(tag, "value") ?? "";
        }
        return fields;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"(?<v>[^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
    }

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<form\\b[^>]*>")]
    private static partial Regex FormTagPattern();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("class=\"(account-alert[^\"]*|account-validation|validation-message)\"[^>]*>(?<text>[^<]*)<")]
    private static partial Regex MessagePattern();

    public void Dispose() => Client.Dispose();
}
