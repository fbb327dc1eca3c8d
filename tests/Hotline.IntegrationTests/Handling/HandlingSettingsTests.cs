using Hotline.Platform;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.Settings;

namespace Hotline.IntegrationTests.Handling;

public abstract class HandlingSettingsTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Only_the_admin_changes_the_handling_rules_and_nonsense_is_refused()
    {
        Assert.Equal(new HandlingSettings(), await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingSettingsService>().GetAsync()));
        var changed = new HandlingSettings { ReplyMinLength = 30, RedoWorkingDays = 10, YellowWorkingDays = 2, YellowFraction = 0.2 };

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("supervisor", sp => sp.GetRequiredService<HandlingSettingsService>().SaveAsync(changed)));
        var bad = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<HandlingSettingsService>().SaveAsync(changed with { RedoWorkingDays = 0, YellowFraction = 2 })));
        Assert.Contains("重办期限", bad.Message);
        Assert.Contains("黄灯剩余时间比例", bad.Message);

        await app.AsUserAsync("admin", sp => sp.GetRequiredService<HandlingSettingsService>().SaveAsync(changed));
        Assert.Equal(changed, await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingSettingsService>().GetAsync()));
    }
}

public sealed class SqliteHandlingSettingsTests(SqliteApp app) : HandlingSettingsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbHandlingSettingsTests(MariaDbApp app) : HandlingSettingsTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
