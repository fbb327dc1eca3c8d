using Bunit;
using Hotline.Administration.Calendar;
using Hotline.Administration.Persistence;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Identity;
using Hotline.Platform.Persistence;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.ComponentTests.Calendar;

public sealed class CalendarPageTests : ComponentTestBase
{
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    private async Task<IRenderedComponent<CalendarPage>> RenderPageAsync()
    {
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin);
        // Own providers rather than RenderProviders(): the tests read the dialogs' markup.
        _dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        Render<MudPopoverProvider>();
        var page = Render<CalendarPage>();
        page.WaitForElement("[data-testid='calendar-day-2026-10-01']");
        return page;
    }

    [Fact]
    public async Task Shows_2026_with_National_Day_off_and_the_make_up_Saturday_marked()
    {
        var page = await RenderPageAsync();

        var holiday = page.Find("[data-testid='calendar-day-2026-10-01']");
        Assert.Equal("off", holiday.GetAttribute("data-kind"));
        Assert.Contains("国庆节", holiday.GetAttribute("title"));
        for (var day = 1; day <= 7; day++)
            Assert.Equal("off", page.Find($"[data-testid='calendar-day-2026-10-{day:00}']").GetAttribute("data-kind"));

        var makeUp = page.Find("[data-testid='calendar-day-2026-10-10']");
        Assert.Equal("makeup", makeUp.GetAttribute("data-kind"));
        Assert.Contains("班", makeUp.TextContent);
        Assert.Contains("国庆节调休上班", makeUp.GetAttribute("title"));
        Assert.Equal("weekend", page.Find("[data-testid='calendar-day-2026-10-11']").GetAttribute("data-kind"));
        Assert.Equal("work", page.Find("[data-testid='calendar-day-2026-10-12']").GetAttribute("data-kind"));

        var names = page.Find("[data-testid='calendar-month-10-names']").TextContent;
        Assert.Contains("10/1–10/7 国庆节", names);
        Assert.Contains("10/10 国庆节调休上班", names);

        // Weeks start on Monday: October 2026 begins on a Thursday, so three blank cells come first.
        var firstWeek = page.FindAll("[data-testid='calendar-month-10'] tbody tr")[0].QuerySelectorAll("td");
        Assert.All(firstWeek.Take(3), td => Assert.Empty(td.Children));
        Assert.Equal("calendar-day-2026-10-01", firstWeek[3].Children[0].GetAttribute("data-testid"));
        Assert.Equal(12, page.FindAll("[data-testid='calendar-year-grid'] table").Count);
    }

    [Fact]
    public async Task Shows_the_loaded_years_and_warns_about_the_coming_year()
    {
        var page = await RenderPageAsync();
        var row = page.Find("[data-testid='calendar-loaded-year-2026']").TextContent;
        Assert.Contains("放假 33 天", row);
        Assert.Contains("调休上班 6 天", row);
        Assert.Contains("系统", row);
        Assert.NotNull(page.Find("[data-testid='calendar-loaded-year-2025']"));
        // The demo clock is 2026-11-25: 2027 is due soon and not loaded.
        Assert.Contains("2027 年日历未导入，涉及该年的期限按周末规则计算。", page.Find("[data-testid='calendar-missing-year-warning']").TextContent);
    }

    [Fact]
    public async Task An_invalid_upload_lists_every_problem_and_imports_nothing()
    {
        var page = await RenderPageAsync();
        var json = """
            {"year":2027,"days":[
              {"name":"元旦","date":"2027-01-01","isOffDay":true},
              {"name":"元旦调休上班","date":"2027-01-04","isOffDay":false},
              {"name":"春节","date":"2027/02/06","isOffDay":true}
            ]}
            """;
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(json, "2027.json"));

        page.WaitForElement("[data-testid='calendar-import-errors']");
        var errors = page.FindAll("[data-testid='calendar-import-error']").Select(e => e.TextContent).ToList();
        Assert.Equal(
        [
            "第 2 项：2027-01-04 是星期一，本来就是工作日，不能标为调休上班。",
            "第 3 项的日期“2027/02/06”不是 yyyy-MM-dd 格式的有效日期。",
        ], errors);
        Assert.Contains("未导入，日历保持不变", page.Find("[data-testid='calendar-import-errors']").TextContent);
        Assert.DoesNotContain("calendar-import-confirm", _dialogs.Markup);
        var db = Services.GetRequiredService<AdministrationDbContext>();
        Assert.False(await db.CalendarYears.AnyAsync(y => y.Year == 2027));
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public async Task A_valid_upload_is_confirmed_with_the_count_then_imported_and_shown()
    {
        var page = await RenderPageAsync();
        var json = """{"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true},{"name":"春节调休上班","date":"2027-02-07","isOffDay":false}]}""";
        var input = page.FindComponent<InputFile>();
        input.UploadFiles(InputFileContent.CreateFromText(json, "2027.json"));

        _dialogs.WaitForElement("[data-testid='calendar-import-confirm-message']");
        Assert.Equal("2027 年目前没有例外日期，将导入文件中的 2 个例外日期（放假 1 天，调休上班 1 天）。确定导入吗？",
            _dialogs.Find("[data-testid='calendar-import-confirm-message']").TextContent);
        _dialogs.Find("[data-testid='calendar-import-confirm']").Click();

        page.WaitForElement("[data-testid='calendar-day-2027-01-01'][data-kind='off']");
        Assert.Equal("makeup", page.Find("[data-testid='calendar-day-2027-02-07']").GetAttribute("data-kind"));
        Assert.Contains("admin", page.Find("[data-testid='calendar-loaded-year-2027']").TextContent);
        Assert.Empty(page.FindAll("[data-testid='calendar-missing-year-warning']"));
    }

    [Fact]
    public async Task Clicking_a_day_opens_the_dialog_and_saving_recolours_it()
    {
        var page = await RenderPageAsync();
        page.Find("[data-testid='calendar-day-2026-12-07']").Click();
        _dialogs.WaitForElement("[data-testid='calendar-day-save']");
        // A Monday cannot become a make-up working day.
        Assert.True(_dialogs.Find("[data-testid='calendar-day-choice-makeup']").HasAttribute("disabled"));

        _dialogs.Find("[data-testid='calendar-day-save']").Click();
        Assert.Contains("请填写节假日或调休的名称。", _dialogs.Markup);

        _dialogs.Find("input[data-testid='calendar-day-name'], [data-testid='calendar-day-name'] input").Input("临时放假");
        _dialogs.Find("[data-testid='calendar-day-save']").Click();

        page.WaitForElement("[data-testid='calendar-day-2026-12-07'][data-kind='off']");
        Assert.Contains("临时放假", page.Find("[data-testid='calendar-day-2026-12-07']").GetAttribute("title"));
    }

    [Fact]
    public async Task The_trial_panel_shows_the_due_instant()
    {
        var page = await RenderPageAsync();
        // Defaults: now (Wed 2026-11-25 09:00 China) and 5 working days.
        page.Find("[data-testid='calendar-trial-run']").Click();
        page.WaitForElement("[data-testid='calendar-trial-due']");
        Assert.Equal("2026-12-02（星期三）24:00", page.Find("[data-testid='calendar-trial-due']").TextContent);
        Assert.Contains("11/26（周四）", page.Find("[data-testid='calendar-trial-days']").TextContent);
        Assert.Empty(page.FindAll("[data-testid='calendar-trial-beyond']"));
    }
}
