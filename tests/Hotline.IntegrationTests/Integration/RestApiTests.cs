using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hotline.Integration.Domain;
using Hotline.Integration.Persistence;
using Hotline.IntegrationTests.Handling;
using Hotline.Intake.Contracts;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Integration;

/// <summary>The department API over real HTTP: requests land in the pending queue, case reads stay within the client's units.</summary>
public abstract class RestApiTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task A_created_request_waits_in_the_online_pending_queue_and_a_retry_with_the_same_key_gives_the_same_case()
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.CreateRequests | ApiScopes.ReadCases);
        using var http = ApiTestData.Http(app, key);
        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests") { Content = JsonContent.Create(ApiTestData.RequestBody()) };
        first.Headers.Add("Idempotency-Key", "dept-42");
        var created = await http.SendAsync(first);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var number = body.GetProperty("caseNumber").GetString()!;
        Assert.Equal("PendingAcceptance", body.GetProperty("status").GetString());
        Assert.Equal($"/api/v1/cases/{number}", created.Headers.Location!.OriginalString);

        using var again = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests") { Content = JsonContent.Create(ApiTestData.RequestBody()) };
        again.Headers.Add("Idempotency-Key", "dept-42");
        var repeated = await (await http.SendAsync(again)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(number, repeated.GetProperty("caseNumber").GetString());

        var listed = await app.WithScopeAsync(sp => sp.GetRequiredService<ICaseListing>().ListAsync(new CaseListingQuery { Numbers = [number] }));
        var entry = Assert.Single(listed);
        Assert.Equal(CaseStatus.PendingAcceptance, entry.Status);
        Assert.Equal(Channel.App, entry.Channel);

        // The client created it, so it may read it although it is in no unit yet.
        var read = await http.GetAsync($"/api/v1/cases/{number}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Bad_requests_get_Chinese_problems_and_nothing_is_saved()
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.CreateRequests);
        using var http = ApiTestData.Http(app, key);
        var before = await CaseCountAsync();

        var invalid = await http.PostAsJsonAsync("/api/v1/requests", new { content = "短", categoryCode = "NOPE", callerPhone = "12" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType!.MediaType);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("categoryCode", out _));
        Assert.Contains("属地", problem.GetProperty("errors").GetProperty("areaCode")[0].GetString());

        var malformed = await http.PostAsync("/api/v1/requests", new StringContent("{\"content\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("JSON", (await malformed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var huge = await http.PostAsync("/api/v1/requests", new StringContent(new string('x', 1024 * 1024), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        var validation = await http.PostAsJsonAsync("/api/v1/requests", ApiTestData.RequestBody(content: "太短", phone: "123"));
        Assert.Equal(HttpStatusCode.BadRequest, validation.StatusCode);
        var errors = (await validation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("content", out _));
        Assert.True(errors.TryGetProperty("phone", out _));

        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task Keys_and_scopes_are_checked_and_every_call_is_audited()
    {
        var (id, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases);
        using var anonymous = ApiTestData.Http(app, null);
        var missing = await anonymous.GetAsync("/api/v1/categories");
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Contains("密钥", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        using var wrong = ApiTestData.Http(app, key[..^4] + "aaaa");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/v1/categories")).StatusCode);

        using var http = ApiTestData.Http(app, key);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/categories")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/units")).StatusCode);
        var noScope = await http.PostAsJsonAsync("/api/v1/requests", ApiTestData.RequestBody());
        Assert.Equal(HttpStatusCode.Forbidden, noScope.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/v1/feed")).StatusCode);

        var row = await app.AsUserAsync("admin", async sp => (await sp.GetRequiredService<Hotline.Integration.Clients.ApiClients>().ListAsync()).Single(c => c.Id == id));
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<Hotline.Integration.Clients.ApiClients>().RevokeAsync(id, row.Version));
        var revoked = await http.GetAsync("/api/v1/categories");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains("吊销", (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        await ApiTestData.FlushCallsAsync(app);
        var calls = await app.WithScopeAsync(sp => sp.GetRequiredService<IntegrationDbContext>().Calls.AsNoTracking().Where(c => c.ClientId == id).ToListAsync());
        Assert.Contains(calls, c => c.Route == "/api/v1/categories" && c.Status == 200 && c.Method == "GET");
        Assert.Contains(calls, c => c.Route == "/api/v1/requests" && c.Status == 403);
    }

    [Theory]
    [InlineData((int)ApiScopes.CreateRequests)]
    [InlineData((int)ApiScopes.Cti)]
    [InlineData((int)ApiScopes.Feed)]
    public async Task Reference_data_is_read_with_any_valid_key_whatever_its_scopes(int scopes)
    {
        // The scopes as a number: the enum is internal to the module.
        var (_, key) = await ApiTestData.ClientAsync(app, (ApiScopes)scopes);
        using var http = ApiTestData.Http(app, key);
        var categories = await http.GetAsync("/api/v1/categories");
        Assert.Equal(HttpStatusCode.OK, categories.StatusCode);
        Assert.Contains((await categories.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(), c => c.GetProperty("code").GetString() == "C0101");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/units")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/areas")).StatusCode);
        // Case data still needs its scope.
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/v1/cases")).StatusCode);

        using var anonymous = ApiTestData.Http(app, null);
        using var wrong = ApiTestData.Http(app, key[..^4] + "aaaa");
        foreach (var path in new[] { "/api/v1/categories", "/api/v1/units", "/api/v1/areas" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task The_area_list_gives_the_codes_a_request_takes()
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.CreateRequests);
        using var http = ApiTestData.Http(app, key);
        var areas = (await (await http.GetAsync("/api/v1/areas")).Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        var county = areas.Single(a => a.GetProperty("code").GetString() == "A00");
        Assert.Equal("County", county.GetProperty("level").GetString());
        Assert.Equal(JsonValueKind.Null, county.GetProperty("parentId").ValueKind);
        var township = areas.Single(a => a.GetProperty("name").GetString() == "柳河镇");
        Assert.Equal("A04", township.GetProperty("code").GetString());
        Assert.Equal("Township", township.GetProperty("level").GetString());
        Assert.Equal(county.GetProperty("id").GetGuid(), township.GetProperty("parentId").GetGuid());
        Assert.Contains(areas, a => a.GetProperty("level").GetString() == "Village" && a.GetProperty("parentId").GetGuid() == township.GetProperty("id").GetGuid());

        var created = await http.PostAsJsonAsync("/api/v1/requests", new
        {
            content = "村口的路灯坏了很久，晚上出行不安全",
            callerName = "赵女士",
            categoryCode = "C0101",
            areaCode = township.GetProperty("code").GetString(),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
        var entry = Assert.Single(await app.WithScopeAsync(sp => sp.GetRequiredService<ICaseListing>().ListAsync(new CaseListingQuery { Numbers = [number] })));
        Assert.Equal(township.GetProperty("id").GetGuid(), entry.AreaId);
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429()
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases, ratePerMinute: 3);
        using var http = ApiTestData.Http(app, key);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/units")).StatusCode);
        var limited = await http.GetAsync("/api/v1/units");
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task A_unit_client_reads_its_cases_with_ETags_and_is_refused_other_units()
    {
        var mine = await HandlingTestData.DispatchAsync(app, "13800001111", withCo: false);
        var other = await HandlingTestData.DispatchAsync(app, "13800002222", withCo: false, leadCode: "SCJGJ");
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases, unitCode: "ZJJ");
        using var http = ApiTestData.Http(app, key);

        var response = await http.GetAsync($"/api/v1/cases/{mine.CaseNumber}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("13800001111", body.Replace("来电号码13800001111", ""));
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Dispatched", json.GetProperty("case").GetProperty("status").GetString());
        Assert.Equal("ZJJ", json.GetProperty("case").GetProperty("leadUnit").GetProperty("code").GetString());
        Assert.True(json.GetProperty("timeline").GetArrayLength() >= 2);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("callerPhone").ValueKind);
        var etag = response.Headers.ETag!.Tag;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{mine.CaseNumber}");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(conditional)).StatusCode);

        var refused = await http.GetAsync($"/api/v1/cases/{other.CaseNumber}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain(other.CaseNumber, await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/v1/cases?unit=SCJGJ")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/v1/cases/2099-NOPE")).StatusCode);

        var list = await (await http.GetAsync("/api/v1/cases?status=Dispatched")).Content.ReadFromJsonAsync<JsonElement>();
        var numbers = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).ToList();
        Assert.Contains(mine.CaseNumber, numbers);
        Assert.DoesNotContain(other.CaseNumber, numbers);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/cases?status=Whatever")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/cases?from=2026-13-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/cases?cursor=%%%")).StatusCode);
    }

    [Fact]
    public async Task Lists_page_by_cursor_without_repeating_or_skipping()
    {
        for (var i = 0; i < 3; i++)
            await HandlingTestData.DispatchAsync(app, $"1390000{i:0000}", withCo: false);
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases);
        using var http = ApiTestData.Http(app, key);
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await (await http.GetAsync($"/api/v1/cases?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}")).Content.ReadFromJsonAsync<JsonElement>();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null && seen.Count < 1000);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var all = await app.WithScopeAsync(sp => sp.GetRequiredService<ICaseListing>().ListAsync(new CaseListingQuery { Take = 1000 }));
        Assert.Equal(all.Select(c => c.CaseNumber).ToList(), seen);
    }

    [Fact]
    public async Task A_listing_over_several_lead_units_or_statuses_pages_as_one_list_newest_first()
    {
        for (var i = 0; i < 3; i++)
        {
            await HandlingTestData.DispatchAsync(app, $"1390001{i:0000}", withCo: false);
            await HandlingTestData.DispatchAsync(app, $"1390002{i:0000}", withCo: false, leadCode: "SCJGJ");
        }
        Guid[] leads = [await Hotline.IntegrationTests.Dispatch.DispatchTestData.UnitAsync(app, "ZJJ"),
            await Hotline.IntegrationTests.Dispatch.DispatchTestData.UnitAsync(app, "SCJGJ")];
        CaseStatus[] statuses = [CaseStatus.Dispatched, CaseStatus.PendingAcceptance];
        Task<IReadOnlyList<CaseListingEntry>> ListAsync(CaseListingQuery query) =>
            app.WithScopeAsync(sp => sp.GetRequiredService<ICaseListing>().ListAsync(query));
        async Task<List<string>> PageThroughAsync(CaseListingQuery first)
        {
            var seen = new List<string>();
            CaseListingEntry? last = null;
            while (seen.Count < 1000)
            {
                var page = await ListAsync(first with { Take = 2, AfterRegisteredAtUtc = last?.RegisteredAtUtc, AfterNumber = last?.CaseNumber });
                seen.AddRange(page.Select(c => c.CaseNumber));
                if (page.Count < 2)
                    break;
                last = page[^1];
            }
            return seen;
        }
        var all = await ListAsync(new CaseListingQuery { Take = 1000 });

        var byUnits = all.Where(c => c.LeadUnitId is { } lead && leads.Contains(lead)).Select(c => c.CaseNumber).ToList();
        var byStatuses = all.Where(c => statuses.Contains(c.Status)).Select(c => c.CaseNumber).ToList();

        Assert.True(byUnits.Count >= 6);
        Assert.Equal(byUnits, await PageThroughAsync(new CaseListingQuery { LeadUnitIds = leads }));
        Assert.Equal(byStatuses, await PageThroughAsync(new CaseListingQuery { Statuses = statuses }));
        Assert.Empty(await ListAsync(new CaseListingQuery { LeadUnitIds = [] }));
    }

    [Fact]
    public async Task The_caller_phone_needs_its_scope_and_is_audited()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13800003333", withCo: false);
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases | ApiScopes.CallerPhone, unitCode: "ZJJ");
        using var http = ApiTestData.Http(app, key);
        var json = await (await http.GetAsync($"/api/v1/cases/{d.CaseNumber}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("13800003333", json.GetProperty("callerPhone").GetString());
        var audit = await app.WithScopeAsync(sp => sp.GetRequiredService<Hotline.Platform.Persistence.PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.ObjectId == d.CaseNumber && a.Action == "接口读取诉求人电话").ToListAsync());
        Assert.Single(audit);
    }

    [Fact]
    public async Task The_OpenAPI_document_and_its_browser_are_served()
    {
        using var http = ApiTestData.Http(app, null);
        var document = await http.GetStringAsync("/api/openapi/v1.json");
        Assert.Contains("/api/v1/requests", document);
        Assert.Contains("/api/v1/cases/{number}", document);
        Assert.Contains("/api/v1/areas", document);
        Assert.DoesNotContain("/open311/", document);
        Assert.Contains("X-Api-Key", document);
        var docs = await http.GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }

    private Task<int> CaseCountAsync() =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<ICaseListing>().ListAsync(new CaseListingQuery { Take = 1000 })).Count);
}

public sealed class SqliteRestApiTests(KestrelSqliteApp app) : RestApiTests<KestrelSqliteApp>(app), IClassFixture<KestrelSqliteApp>;

public sealed class MariaDbRestApiTests(KestrelMariaDbApp app) : RestApiTests<KestrelMariaDbApp>(app), IClassFixture<KestrelMariaDbApp>;
