using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Domain;
using Hotline.Intake.Persistence;
using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;
using Hotline.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Integration;

/// <summary>The phone system's HTTP side of the screen-pop: CTI scope, the pop reaching the agent, the duration stored.</summary>
public abstract class CtiApiTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task A_call_pops_for_the_agent_and_its_end_is_recorded_and_nobody_at_the_extension_is_no_error()
    {
        await app.AsUserAsync("agent", sp => sp.GetRequiredService<AgentExtensions>().SetOwnAsync("8001"));
        var agentId = await app.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync("agent"))!.Id);
        var popped = new TaskCompletionSource<ScreenPop>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = app.Services.GetRequiredService<LiveUpdates>()
            .Subscribe<ScreenPop>(LiveTopics.ScreenPop(agentId), pop => { popped.TrySetResult(pop); return Task.CompletedTask; });
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.Cti);
        using var http = ApiTestData.Http(app, key);
        var callId = $"CTI-{Guid.NewGuid()}";

        var response = await http.PostAsJsonAsync("/api/cti/incoming-call", new { callId, caller = "13900000202", agentExtension = "8001" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("delivered").GetBoolean());
        Assert.Equal($"/intake/register?call={callId}", (await popped.Task.WaitAsync(TimeSpan.FromSeconds(1))).Link);

        var ended = await http.PostAsJsonAsync("/api/cti/call-ended", new { callId, durationSeconds = 95 });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var call = await app.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().PhoneCalls.AsNoTracking().SingleAsync(c => c.CallId == callId));
        Assert.Equal(95, call.DurationSeconds);

        var nobody = await http.PostAsJsonAsync("/api/cti/incoming-call", new { callId = $"CTI-{Guid.NewGuid()}", caller = "13900000303", agentExtension = "8999" });
        Assert.Equal(HttpStatusCode.OK, nobody.StatusCode);
        Assert.False((await nobody.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("delivered").GetBoolean());

        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync("/api/cti/call-ended", new { callId = "never-rang", durationSeconds = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsJsonAsync("/api/cti/incoming-call", new { callId = "x y", caller = "abc", agentExtension = "分机" })).StatusCode);
    }

    [Theory]
    [InlineData(null, "", "来电（号码未显示）")]
    [InlineData("", "", "来电（号码未显示）")]
    [InlineData("anonymous", "", "来电（号码未显示）")]
    [InlineData("66778899", "66778899", "来电 ****8899")]
    public async Task A_withheld_or_local_caller_still_pops_and_garbage_is_400(string? caller, string stored, string message)
    {
        await app.AsUserAsync("agent", sp => sp.GetRequiredService<AgentExtensions>().SetOwnAsync("8001"));
        var agentId = await app.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync("agent"))!.Id);
        var popped = new TaskCompletionSource<ScreenPop>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = app.Services.GetRequiredService<LiveUpdates>()
            .Subscribe<ScreenPop>(LiveTopics.ScreenPop(agentId), pop => { popped.TrySetResult(pop); return Task.CompletedTask; });
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.Cti);
        using var http = ApiTestData.Http(app, key);
        var callId = $"CTI-{Guid.NewGuid()}";

        var response = await http.PostAsJsonAsync("/api/cti/incoming-call", new { callId, caller, agentExtension = "8001" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("delivered").GetBoolean());
        var pop = await popped.Task.WaitAsync(TimeSpan.FromSeconds(1));
        Assert.Equal($"/intake/register?call={callId}", pop.Link);
        Assert.Equal(message, pop.Message);
        var call = await app.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().PhoneCalls.AsNoTracking().SingleAsync(c => c.CallId == callId));
        Assert.Equal(stored, call.CallerPhone);
        Assert.Equal(agentId, call.AgentUserId);

        foreach (var garbage in new[] { "abc", "12345", new string('9', 40) })
        {
            var refused = await http.PostAsJsonAsync("/api/cti/incoming-call", new { callId = $"CTI-{Guid.NewGuid()}", caller = garbage, agentExtension = "8001" });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("来电号码", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Only_a_client_with_the_CTI_scope_may_pop()
    {
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases | ApiScopes.CreateRequests);
        using var http = ApiTestData.Http(app, key);
        var refused = await http.PostAsJsonAsync("/api/cti/incoming-call", new { callId = "c1", caller = "13900000404", agentExtension = "8001" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var anonymous = ApiTestData.Http(app, null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/cti/call-ended", new { callId = "c1", durationSeconds = 1 })).StatusCode);
    }
}

public sealed class SqliteCtiApiTests(KestrelSqliteApp app) : CtiApiTests<KestrelSqliteApp>(app), IClassFixture<KestrelSqliteApp>;

public sealed class MariaDbCtiApiTests(KestrelMariaDbApp app) : CtiApiTests<KestrelMariaDbApp>(app), IClassFixture<KestrelMariaDbApp>;
