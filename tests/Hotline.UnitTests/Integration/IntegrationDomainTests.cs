using System.Xml.Linq;
using Hotline.Integration.Domain;
using Hotline.Integration.Feed;
using Hotline.Integration.Open311;
using Hotline.Integration.RestApi;
using Hotline.Platform;
using Microsoft.AspNetCore.Http;

namespace Hotline.UnitTests.Integration;

public class ApiKeyTests
{
    [Fact]
    public void A_key_names_its_client_by_prefix_and_is_proved_by_its_hash()
    {
        var key = ApiKey.New();
        Assert.StartsWith($"hk_{key.Prefix}_", key.Value);
        Assert.Equal(key.Prefix, ApiKey.PrefixOf(key.Value));
        Assert.True(ApiKey.Matches(key.Value, ApiKey.Hash(key.Value)));
        Assert.False(ApiKey.Matches(key.Value[..^1] + (key.Value[^1] == 'a' ? 'b' : 'a'), ApiKey.Hash(key.Value)));
        Assert.NotEqual(key.Value, ApiKey.New().Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hk_short")]
    [InlineData("Bearer something")]
    [InlineData("hk_abcdefghij_' OR 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Anything_but_a_well_formed_key_is_never_looked_up(string? text) => Assert.Null(ApiKey.PrefixOf(text));
}

public class ApiClientTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Registering_checks_every_field_at_once_in_Chinese()
    {
        var ex = Assert.Throws<BusinessRuleException>(() => ApiClient.Register(" ", ApiScopes.None, false, [], 0, "admin", Now));
        Assert.Equal(["name", "scopes", "units", "rate"], ex.Problems.Select(p => p.Field).ToList());
        Assert.Throws<BusinessRuleException>(() => ApiClient.Register("电话系统", ApiScopes.CallerPhone, true, [], 60, "admin", Now));
    }

    [Fact]
    public void Rotation_replaces_the_key_and_revocation_ends_every_scope()
    {
        var (client, key) = ApiClient.Register("住建局系统", ApiScopes.ReadCases | ApiScopes.Feed, false, [Guid.NewGuid()], 60, "admin", Now);
        Assert.True(client.Allows(ApiScopes.ReadCases));
        Assert.False(client.Allows(ApiScopes.CreateRequests));
        var rotated = client.RotateKey(Now.AddDays(1));
        Assert.NotEqual(key, rotated);
        Assert.False(ApiKey.Matches(key, client.KeyHash));
        Assert.True(ApiKey.Matches(rotated, client.KeyHash));
        client.Revoke("admin", Now.AddDays(2));
        Assert.False(client.Allows(ApiScopes.ReadCases));
        Assert.Throws<BusinessRuleException>(() => client.RotateKey(Now.AddDays(3)));
        Assert.Throws<BusinessRuleException>(() => client.Revoke("admin", Now.AddDays(3)));
    }
}

public class FeedDeliveryTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Failures_back_off_for_hours_before_the_delivery_is_dead_lettered_and_a_retry_starts_over()
    {
        var delivery = FeedDelivery.For(Guid.NewGuid(), 1, Guid.NewGuid(), Now);
        var at = Now;
        for (var i = 0; i < FeedDelivery.Backoff.Length; i++)
        {
            delivery.Failed(503, "接收方返回 HTTP 503", at);
            Assert.Equal(DeliveryState.Pending, delivery.State);
            Assert.Equal(at + FeedDelivery.Backoff[i], delivery.NextAttemptAtUtc);
            at = delivery.NextAttemptAtUtc;
        }
        Assert.True(at - Now > TimeSpan.FromHours(6));
        delivery.Failed(null, "无法连接接收方", at);
        Assert.Equal(DeliveryState.DeadLetter, delivery.State);
        Assert.True(delivery.Retry(at.AddHours(1)));
        Assert.Equal((DeliveryState.Pending, 0), (delivery.State, delivery.Attempts));
        delivery.Delivered(200, at.AddHours(1));
        Assert.False(delivery.Retry(at.AddHours(2)));
    }

    [Fact]
    public void A_signature_covers_the_timestamp_and_the_body()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var signature = WebhookSignature.Sign("whsec_k", now.ToUnixTimeSeconds(), "{\"a\":1}");
        Assert.Matches("^sha256=[0-9a-f]{64}$", signature);
        Assert.True(WebhookSignature.Verify("whsec_k", "1800000000", "{\"a\":1}", signature, now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_k", "1800000000", "{\"a\":2}", signature, now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_k", "1800000001", "{\"a\":1}", signature, now, TimeSpan.FromMinutes(5)));
        // A replay an hour later is refused by its age even with a valid signature.
        Assert.False(WebhookSignature.Verify("whsec_k", "1800000000", "{\"a\":1}", signature, now.AddHours(1), TimeSpan.FromMinutes(5)));
    }
}

public class AreaPointTests
{
    [Fact]
    public void Distances_are_great_circle_kilometres()
    {
        Assert.Equal(0, AreaPoints.DistanceKm(new(37.06, 115.665), new(37.06, 115.665)), 6);
        // One degree of latitude is about 111 km everywhere.
        Assert.InRange(AreaPoints.DistanceKm(new(37, 115), new(38, 115)), 110.5, 111.8);
        Assert.InRange(AreaPoints.DistanceKm(new(37.06, 115.665), new(37.12, 115.61)), 8, 9);
    }
}

public class CaseCursorTests
{
    [Fact]
    public void A_cursor_round_trips_and_garbage_is_a_400()
    {
        var at = new DateTime(2026, 11, 30, 1, 2, 3, DateTimeKind.Utc).AddTicks(4567);
        var (back, number) = CaseCursor.Parse(CaseCursor.Of(at, "QH202611300001"));
        Assert.Equal((at, "QH202611300001"), (back, number));
        foreach (var garbage in new[] { "%%%", "bm90LWEtY3Vyc29y", "", "eDox" })
            Assert.Equal(StatusCodes.Status400BadRequest, Assert.Throws<Hotline.Integration.Gateway.ApiRefusal>(() => CaseCursor.Parse(garbage)).Status);
    }
}

public class Open311WriterTests
{
    [Fact]
    public void Dates_are_W3C_in_China_time()
    {
        Assert.Equal("2026-12-01T10:30:00+08:00", Open311Writer.DateTimeText(new DateTime(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public async Task Xml_has_the_declaration_a_root_and_escaped_text()
    {
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() } };
        await Open311Writer.List(Open311Format.Xml, "service_requests", "request",
            [new Open311Item().Set("service_request_id", "A1").Set("description", "<b>&\"路灯\"</b>").Set("lat", null)]).ExecuteAsync(context);
        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
        var request = XDocument.Parse(text).Root!.Element("request")!;
        Assert.Equal("<b>&\"路灯\"</b>", request.Element("description")!.Value);
        Assert.Equal("", request.Element("lat")!.Value);
        Assert.Equal("text/xml; charset=utf-8", context.Response.ContentType);
    }
}
