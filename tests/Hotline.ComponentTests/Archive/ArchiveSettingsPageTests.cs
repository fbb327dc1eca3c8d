using Bunit;
using Hotline.Archive.Archiving;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Archive;

/// <summary>归档设置: the settling period (归档缓冲期) field names a value out of range, the save refuses it, a valid one is stored.</summary>
public sealed class ArchiveSettingsPageTests : ComponentTestBase
{
    private string? Stored()
    {
        using var db = Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContext();
        return db.Settings.AsNoTracking().Where(s => s.Key == "archive.settings").Select(s => s.Value).FirstOrDefault();
    }

    [Fact]
    public async Task A_settling_period_out_of_range_is_named_and_not_saved_and_one_within_it_is_saved()
    {
        await SignInAsync("admin");
        RenderProviders();
        var page = Render<ArchiveSettingsPage>();
        page.WaitForAssertion(() => Assert.Equal("0", page.Find("input[data-testid=archive-settling-days]").GetAttribute("value")));

        page.Find("input[data-testid=archive-settling-days]").Change("45");
        page.WaitForAssertion(() => Assert.Contains(ArchiveSettings.SettlingDaysRefused, page.Markup));
        page.Find("button[data-testid=archive-settings-save]").Click();
        page.WaitForAssertion(() => Assert.Contains(ArchiveSettings.SettlingDaysRefused, page.Find("[data-testid=archive-settings-error]").TextContent));
        Assert.Null(Stored());

        page.Find("input[data-testid=archive-settling-days]").Change("7");
        page.Find("button[data-testid=archive-settings-save]").Click();
        page.WaitForAssertion(() => Assert.Contains("\"settlingDays\":7", Stored()));
        page.WaitForAssertion(() => Assert.DoesNotContain(ArchiveSettings.SettlingDaysRefused, page.Markup));
    }
}
