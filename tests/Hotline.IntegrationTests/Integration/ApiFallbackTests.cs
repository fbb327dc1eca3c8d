using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Hotline.Integration.Domain;
using Hotline.Testing;

namespace Hotline.IntegrationTests.Integration;

/// <summary>
/// Unknown API routes and wrong methods over real HTTP: connected systems get a machine-readable refusal in their API's
/// format (problem+json, Open311's error list), not the app's HTML not-found page; browser pages keep that page.
/// </summary>
public abstract class ApiFallbackTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Theory]
    [InlineData("/api/v1/foo")]
    [InlineData("/api/v1/cases/QH-1/nothing")]
    [InlineData("/api/v2/cases")]
    [InlineData("/api/cti/nothing")]
    [InlineData("/api")]
    [InlineData("/API/V1/FOO")]
    public async Task An_unknown_api_route_is_a_Chinese_404_problem_with_or_without_a_key(string path)
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases);
        foreach (var k in new[] { key, null })
        {
            using var http = ApiTestData.Http(app, k);
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(404, problem.GetProperty("status").GetInt32());
            Assert.Equal("未找到", problem.GetProperty("title").GetString());
            Assert.StartsWith("接口不存在", problem.GetProperty("detail").GetString());
            Assert.Contains("/api/docs", problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task A_case_number_that_does_not_exist_is_still_the_endpoints_own_404_problem()
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases);
        using var http = ApiTestData.Http(app, key);
        var response = await http.GetAsync("/api/v1/cases/not-a-case");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("接口不存在", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("POST", "/api/v1/categories", "GET")]
    [InlineData("DELETE", "/api/v1/cases/QH-1", "GET")]
    [InlineData("PUT", "/api/v1/requests", "POST")]
    [InlineData("GET", "/api/cti/incoming-call", "POST")]
    [InlineData("POST", "/api/openapi/v1.json", "GET")]
    public async Task A_wrong_method_is_a_Chinese_405_problem_with_Allow(string method, string path, string allow)
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases | ApiScopes.CreateRequests | ApiScopes.Cti);
        using var http = ApiTestData.Http(app, key);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
            request.Content = JsonContent.Create(new { });
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(405, problem.GetProperty("status").GetInt32());
        Assert.Equal("请求方法不被支持", problem.GetProperty("title").GetString());
        Assert.StartsWith("该接口不支持此请求方法", problem.GetProperty("detail").GetString());
        Assert.Contains(allow, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("GET", "/open311/v2/nothing.json", "json", 404)]
    [InlineData("GET", "/open311/v2/nothing.xml", "xml", 404)]
    [InlineData("GET", "/open311/v2/services/C0101/extra.XML", "xml", 404)]
    [InlineData("GET", "/open311/v3/services.json", "json", 404)]
    [InlineData("GET", "/open311", "json", 404)]
    [InlineData("DELETE", "/open311/v2/requests.json", "json", 405)]
    [InlineData("PUT", "/open311/v2/requests.xml", "xml", 405)]
    public async Task An_unknown_Open311_route_or_method_is_the_specs_error_list_in_the_paths_format(string method, string path, string format, int status)
    {
        using var http = ApiTestData.Http(app, null);
        var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(format == "json" ? "application/json" : "text/xml", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        (int Code, string Description) error;
        if (format == "json")
        {
            var item = Assert.Single(JsonDocument.Parse(text).RootElement.EnumerateArray());
            error = (item.GetProperty("code").GetInt32(), item.GetProperty("description").GetString()!);
        }
        else
        {
            var root = XDocument.Parse(text).Root!;
            Assert.Equal("errors", root.Name.LocalName);
            var item = Assert.Single(root.Elements("error"));
            error = (int.Parse(item.Element("code")!.Value, System.Globalization.CultureInfo.InvariantCulture), item.Element("description")!.Value);
        }
        Assert.Equal(status, error.Code);
        if (status == 404)
        {
            Assert.StartsWith("接口不存在", error.Description);
            Assert.Contains("/open311/v2/discovery.json", error.Description);
        }
        else
        {
            Assert.StartsWith("该接口不支持此请求方法", error.Description);
            Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
        }
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/apiary/foo")]
    [InlineData("/cases/x/y/z")]
    public async Task An_unknown_browser_page_is_still_the_HTML_not_found_page(string path)
    {
        using var http = ApiTestData.Http(app, null);
        var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("您访问的页面不存在", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_known_routes_still_answer()
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases);
        using var http = ApiTestData.Http(app, key);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/categories")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/docs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/open311/v2/services.json")).StatusCode);
        // The fallbacks are not in the API's document.
        Assert.DoesNotContain("{rest}", await http.GetStringAsync("/api/openapi/v1.json"));
    }
}

public sealed class SqliteApiFallbackTests(KestrelSqliteApp app) : ApiFallbackTests<KestrelSqliteApp>(app), IClassFixture<KestrelSqliteApp>;

public sealed class MariaDbApiFallbackTests(KestrelMariaDbApp app) : ApiFallbackTests<KestrelMariaDbApp>(app), IClassFixture<KestrelMariaDbApp>;
