using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Hotline.Integration.Domain;
using Hotline.Integration.Persistence;
using Hotline.IntegrationTests.Handling;
using Hotline.Intake.Contracts;
using Hotline.Platform.Catalog;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Integration;

/// <summary>GeoReport v2 as its specification gives it, in JSON and XML, over real HTTP.</summary>
public abstract class Open311Tests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task Services_are_the_leaf_matter_categories(string format)
    {
        using var http = ApiTestData.Http(app, null);
        var response = await http.GetAsync($"/open311/v2/services.{format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(format == "json" ? "application/json" : "text/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var services = await ItemsAsync(response, format, "service");
        var lift = services.Single(s => s["service_code"] == "C0101");
        Assert.Equal("物业管理", lift["service_name"]);
        Assert.Equal("true", lift["metadata"]);
        Assert.Equal("realtime", lift["type"]);
        Assert.Equal("城乡建设", lift["group"]);
        Assert.DoesNotContain(services, s => s["service_code"] == "C01");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task Discovery_lists_its_formats_as_plain_media_types(string format)
    {
        using var http = ApiTestData.Http(app, null);
        var text = await http.GetStringAsync($"/open311/v2/discovery.{format}");
        if (format == "json")
        {
            var endpoint = JsonDocument.Parse(text).RootElement.GetProperty("endpoints")[0];
            Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.GetProperty("specification").GetString());
            Assert.Equal(new[] { "text/xml", "application/json" }, endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()!).ToArray());
        }
        else
        {
            var discovery = XDocument.Parse(text).Root!;
            Assert.Equal("discovery", discovery.Name.LocalName);
            var formats = discovery.Element("endpoints")!.Element("endpoint")!.Element("formats")!;
            Assert.Equal(new[] { "text/xml", "application/json" }, formats.Elements().Select(f => f.Value).ToArray());
            Assert.All(formats.Elements(), f => Assert.Equal("format", f.Name.LocalName));
            Assert.All(formats.Elements(), f => Assert.False(f.HasElements));
        }
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task A_service_definition_lists_its_attribute_values(string format)
    {
        using var http = ApiTestData.Http(app, null);
        var text = await http.GetStringAsync($"/open311/v2/services/C0101.{format}");
        if (format == "json")
        {
            var json = JsonDocument.Parse(text).RootElement;
            Assert.Equal("C0101", json.GetProperty("service_code").GetString());
            var attribute = json.GetProperty("attributes")[0];
            Assert.Equal("singlevaluelist", attribute.GetProperty("datatype").GetString());
            Assert.Contains(attribute.GetProperty("values").EnumerateArray(), v => v.GetProperty("key").GetString() == "Complaint");
        }
        else
        {
            var xml = XDocument.Parse(text).Root!;
            Assert.Equal("service_definition", xml.Name.LocalName);
            Assert.Equal("request_type", xml.Element("attributes")!.Element("attribute")!.Element("code")!.Value);
            Assert.Contains(xml.Descendants("value"), v => v.Element("key")!.Value == "Complaint");
        }
        var unknown = await http.GetAsync($"/open311/v2/services/NOPE.{format}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("404", (await ItemsAsync(unknown, format, "error")).Single()["code"]);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task A_posted_request_is_pending_answers_its_id_without_a_token_and_can_be_read_back(string format)
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.CreateRequests | ApiScopes.ReadCases);
        using var http = ApiTestData.Http(app, null);
        var response = await http.PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key,
            ["service_code"] = "C0101",
            ["address_string"] = "城关街道文昌社区 3 栋",
            ["lat"] = "37.05",
            ["long"] = "115.67",
            ["description"] = "小区电梯从上周起一直停运，老人上下楼很困难",
            ["first_name"] = "小明",
            ["last_name"] = "李",
            ["phone"] = "13911112222",
            ["attribute[request_type]"] = "Complaint",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = (await ItemsAsync(response, format, "request")).Single();
        var number = created["service_request_id"];
        Assert.False(string.IsNullOrEmpty(number));
        // The spec: the id when the request is created at once, a token only when it is not; never both.
        Assert.Equal(new[] { "service_request_id", "service_notice", "account_id" }, created.Keys.ToArray());
        Assert.False(string.IsNullOrEmpty(created["service_notice"]));

        var entry = Assert.Single(await app.WithScopeAsync(sp => sp.GetRequiredService<ICaseListing>().ListAsync(new CaseListingQuery { Numbers = [number] })));
        Assert.Equal(CaseStatus.PendingAcceptance, entry.Status);
        Assert.Equal(RequestTypeCode.Complaint, entry.RequestType);

        // A token an earlier version gave out (the submission's stored key) still finds the request.
        var token = await app.WithScopeAsync(sp => sp.GetRequiredService<IntegrationDbContext>().Submissions.AsNoTracking()
            .Where(x => x.CaseNumber == number).Select(x => x.Token).SingleAsync());
        var byToken = (await ItemsAsync(await http.GetAsync($"/open311/v2/tokens/{token}.{format}"), format, "request")).Single();
        Assert.Equal(number, byToken["service_request_id"]);
        Assert.Equal(token.ToString(), byToken["token"]);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/open311/v2/tokens/{Guid.NewGuid()}.{format}")).StatusCode);

        using var reader = ApiTestData.Http(app, key);
        var one = (await ItemsAsync(await reader.GetAsync($"/open311/v2/requests/{number}.{format}"), format, "request")).Single();
        Assert.Equal("open", one["status"]);
        Assert.Equal("待受理", one["status_notes"]);
        Assert.Equal("C0101", one["service_code"]);
        Assert.Contains("电梯", one["description"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$", one["requested_datetime"]);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task Refusals_use_the_spec_error_list_and_codes(string format)
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.CreateRequests);
        using var http = ApiTestData.Http(app, null);
        async Task<(HttpStatusCode Status, string Description)> Post(Dictionary<string, string> form)
        {
            var response = await http.PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(form));
            var error = (await ItemsAsync(response, format, "error")).Single();
            Assert.Equal(((int)response.StatusCode).ToString(), error["code"]);
            return (response.StatusCode, error["description"]);
        }
        var valid = new Dictionary<string, string> { ["api_key"] = key, ["service_code"] = "C0101", ["address_string"] = "柳河镇", ["description"] = "村口的路灯坏了很久没人修" };

        Assert.Equal(HttpStatusCode.Forbidden, (await Post(new(valid) { ["api_key"] = "hk_wrong" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(valid.Where(p => p.Key != "api_key").ToDictionary())).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(new(valid) { ["service_code"] = "NOPE" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(valid.Where(p => p.Key != "address_string").ToDictionary())).Status);
        var nowhere = await Post(new(valid) { ["address_string"] = "火星基地" });
        Assert.Equal(HttpStatusCode.BadRequest, nowhere.Status);
        Assert.Contains("乡镇", nowhere.Description);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(new(valid) { ["description"] = "短" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(new(valid) { ["lat"] = "abc", ["long"] = "1" })).Status);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task A_description_at_the_specs_4000_characters_is_kept_whole_and_the_added_lines_only_where_they_fit(string format)
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.CreateRequests);
        using var http = ApiTestData.Http(app, null);
        static string Words(int length)
        {
            var text = $"{Guid.NewGuid():N} 小区电梯从上周起一直停运，老人上下楼很困难，请尽快安排维修。";
            while (text.Length < length)
                text += "楼道灯也坏了，晚上看不清台阶，希望一并修好。";
            return text[..length];
        }
        async Task<string> StoredAsync(string description)
        {
            var response = await http.PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["api_key"] = key, ["service_code"] = "C0101", ["address_string"] = "城关街道文昌社区", ["description"] = description,
                ["lat"] = "37.05", ["long"] = "115.67", ["media_url"] = $"https://example.org/photos/{new string('p', 60)}.jpg",
            }));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var number = (await ItemsAsync(response, format, "request")).Single()["service_request_id"];
            return Assert.Single(await app.WithScopeAsync(sp => sp.GetRequiredService<ICaseListing>().ListAsync(new CaseListingQuery { Numbers = [number] }))).Content;
        }

        var full = Words(4000);
        Assert.Equal(full, await StoredAsync(full));
        // Room for the location line, not for the photo's.
        var nearlyFull = Words(3960);
        Assert.Equal($"{nearlyFull}\n位置：37.05,115.67", await StoredAsync(nearlyFull));
        var short_ = Words(100);
        var stored = await StoredAsync(short_);
        Assert.StartsWith($"{short_}\n位置：37.05,115.67\n图片：https://example.org/photos/", stored);
    }

    [Fact]
    public async Task Coordinates_alone_find_the_nearest_located_township_and_far_away_ones_are_refused()
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.CreateRequests);
        using var http = ApiTestData.Http(app, null);
        Dictionary<string, string> At(string lat, string lng) => new()
        {
            ["api_key"] = key, ["service_code"] = "C0101", ["lat"] = lat, ["long"] = lng, ["description"] = "路边井盖丢失，夜间行人容易踩空",
        };
        // The demo county's 柳河镇 seat is at 37.12, 115.61.
        var placed = await http.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(At("37.118", "115.612")));
        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        var number = (await ItemsAsync(placed, "json", "request")).Single()["service_request_id"];
        var entry = Assert.Single(await app.WithScopeAsync(sp => sp.GetRequiredService<ICaseListing>().ListAsync(new CaseListingQuery { Numbers = [number] })));
        var township = await app.Service<Hotline.Platform.Organization.IAreaDirectory>().GetAreaAsync(entry.AreaId);
        Assert.Equal("A04", township!.Code);

        var beijing = await http.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(At("39.9", "116.4")));
        Assert.Equal(HttpStatusCode.BadRequest, beijing.StatusCode);
    }

    [Fact]
    public async Task Listing_filters_by_status_and_service_and_keeps_the_words_from_keyless_readers()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13800004444", withCo: false);
        using var anonymous = ApiTestData.Http(app, null);
        var publicList = await ItemsAsync(await anonymous.GetAsync("/open311/v2/requests.json?status=open"), "json", "request");
        var item = publicList.Single(r => r["service_request_id"] == d.CaseNumber);
        Assert.Equal("", item["description"]);
        Assert.Equal("县住房和城乡建设局", item["agency_responsible"]);
        Assert.False(string.IsNullOrEmpty(item["expected_datetime"]));
        Assert.DoesNotContain(await ItemsAsync(await anonymous.GetAsync("/open311/v2/requests.json?status=closed"), "json", "request"),
            r => r["service_request_id"] == d.CaseNumber);

        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases);
        using var reader = ApiTestData.Http(app, key);
        var byId = await ItemsAsync(await reader.GetAsync($"/open311/v2/requests.xml?service_request_id={d.CaseNumber}"), "xml", "request");
        Assert.Contains("电梯", byId.Single()["description"]);
        var otherService = await ItemsAsync(await reader.GetAsync("/open311/v2/requests.json?service_code=C0102"), "json", "request");
        Assert.DoesNotContain(otherService, r => r["service_request_id"] == d.CaseNumber);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/open311/v2/requests.json?status=pending")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/open311/v2/requests.json?start_date=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/open311/v2/requests.csv")).StatusCode);
    }

    [Theory]
    [InlineData("JSON", "application/json")]
    [InlineData("XML", "text/xml")]
    [InlineData("Xml", "text/xml")]
    public async Task Format_suffixes_are_taken_in_any_case(string format, string mediaType)
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.CreateRequests | ApiScopes.ReadCases);
        using var http = ApiTestData.Http(app, null);
        var services = await http.GetAsync($"/open311/v2/services.{format}");
        Assert.Equal(HttpStatusCode.OK, services.StatusCode);
        Assert.Equal(mediaType, services.Content.Headers.ContentType!.MediaType);
        Assert.Contains(await ItemsAsync(services, format.ToLowerInvariant(), "service"), s => s["service_code"] == "C0101");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/open311/v2/services/C0101.{format}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/open311/v2/discovery.{format}")).StatusCode);

        var created = await http.PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key, ["service_code"] = "C0101", ["address_string"] = "柳河镇", ["description"] = "村委会门前的路灯不亮了",
        }));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(mediaType, created.Content.Headers.ContentType!.MediaType);
        var number = (await ItemsAsync(created, format.ToLowerInvariant(), "request")).Single()["service_request_id"];
        using var reader = ApiTestData.Http(app, key);
        var one = await reader.GetAsync($"/open311/v2/requests/{number}.{format}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(number, (await ItemsAsync(one, format.ToLowerInvariant(), "request")).Single()["service_request_id"]);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/open311/v2/requests.{format}?service_request_id={number}")).StatusCode);
        var unknown = await http.GetAsync("/open311/v2/services.Csv");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task The_date_window_is_at_most_90_days_whichever_dates_are_given(string format)
    {
        var d = await HandlingTestData.DispatchAsync(app, "13800005555", withCo: false);
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases);
        using var reader = ApiTestData.Http(app, key);
        var now = app.Clock.GetUtcNow();
        static string W3c(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        async Task<bool> ListedAsync(string query)
        {
            var response = await reader.GetAsync($"/open311/v2/requests.{format}?{query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await ItemsAsync(response, format, "request")).Any(r => r["service_request_id"] == d.CaseNumber);
        }

        Assert.True(await ListedAsync("status=open"));
        // start_date alone: the 90 days from it, so a case 100 days after it is not listed.
        Assert.False(await ListedAsync($"start_date={W3c(now.AddDays(-100))}"));
        Assert.True(await ListedAsync($"start_date={W3c(now.AddDays(-10))}"));
        // end_date alone: the 90 days up to it.
        Assert.False(await ListedAsync($"end_date={W3c(now.AddDays(100))}"));
        Assert.True(await ListedAsync($"end_date={W3c(now.AddDays(10))}"));
        Assert.True(await ListedAsync($"start_date={W3c(now.AddDays(-45))}&end_date={W3c(now.AddDays(45))}"));

        var wide = await reader.GetAsync($"/open311/v2/requests.{format}?start_date={W3c(now.AddDays(-100))}&end_date={W3c(now.AddDays(1))}");
        Assert.Equal(HttpStatusCode.BadRequest, wide.StatusCode);
        Assert.Contains("90", (await ItemsAsync(wide, format, "error")).Single()["description"]);
        var reversed = await reader.GetAsync($"/open311/v2/requests.{format}?start_date={W3c(now)}&end_date={W3c(now.AddDays(-1))}");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
    }

    /// <summary>The items of a GeoReport list (or the one object of a definition) as field → text, from JSON or XML alike.</summary>
    private static async Task<List<Dictionary<string, string>>> ItemsAsync(HttpResponseMessage response, string format, string itemName)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (format == "json")
        {
            var root = JsonDocument.Parse(text).RootElement;
            return root.EnumerateArray().Select(o => o.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString()!,
                JsonValueKind.Null => "",
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => p.Value.GetRawText(),
            })).ToList();
        }
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
        return XDocument.Parse(text).Root!.Elements(itemName).Select(e => e.Elements().ToDictionary(c => c.Name.LocalName, c => c.Value)).ToList();
    }
}

public sealed class SqliteOpen311Tests(KestrelSqliteApp app) : Open311Tests<KestrelSqliteApp>(app), IClassFixture<KestrelSqliteApp>;

public sealed class MariaDbOpen311Tests(KestrelMariaDbApp app) : Open311Tests<KestrelMariaDbApp>(app), IClassFixture<KestrelMariaDbApp>;
