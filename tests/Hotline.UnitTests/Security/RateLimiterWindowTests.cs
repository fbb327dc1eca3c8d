using Hotline.Intake.Public;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.UnitTests.Security;

public sealed class RateLimiterWindowTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Each_policy_counts_and_prunes_with_its_own_window()
    {
        var submit = new PublicSubmitLimiter(_clock);
        var lookup = new PublicLookupLimiter(_clock);
        Assert.Equal(TimeSpan.FromHours(1), submit.Window);
        Assert.Equal(TimeSpan.FromMinutes(15), lookup.Window);

        Assert.True(await submit.TryHitAsync("submit:10.0.0.1", 1));
        Assert.True(await lookup.TryHitAsync("lookup:10.0.0.1", 1));
        _clock.Advance(TimeSpan.FromMinutes(20));
        // Enough traffic to prune: the lookup policy's quarter hour must not drop the submit policy's hour.
        for (var i = 0; i < 1000; i++)
        {
            await lookup.TryHitAsync($"lookup:10.1.{i / 250}.{i % 250}", 20);
            await submit.TryHitAsync($"submit:10.1.{i / 250}.{i % 250}", 20);
        }
        Assert.False(await submit.TryHitAsync("submit:10.0.0.1", 1));
        Assert.True(await lookup.TryHitAsync("lookup:10.0.0.1", 1));

        _clock.Advance(TimeSpan.FromMinutes(61));
        for (var i = 0; i < 1000; i++)
            await submit.TryHitAsync($"submit:10.2.{i / 250}.{i % 250}", 20);
        Assert.True(submit.KeyCount <= 1001, "expired keys are pruned with the policy's own hour");
        Assert.True(await submit.TryHitAsync("submit:10.0.0.1", 1));
    }

    [Fact]
    public async Task The_sms_limit_counts_a_day()
    {
        var sms = new PublicSmsLimiter(_clock);
        await sms.RecordAsync("sms:13600000001");
        Assert.True(await sms.IsLimitedAsync("sms:13600000001", 1));
        _clock.Advance(TimeSpan.FromHours(23));
        Assert.True(await sms.IsLimitedAsync("sms:13600000001", 1));
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.False(await sms.IsLimitedAsync("sms:13600000001", 1));
    }
}
