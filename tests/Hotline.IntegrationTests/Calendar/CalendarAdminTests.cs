using Hotline.Administration.Calendar;
using Hotline.Administration.Persistence;
using Hotline.Platform;
using Hotline.Platform.Calendar;
using Hotline.Platform.Persistence;
using Hotline.Platform.Time;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Calendar;

/// <summary>
/// The calendar administration on both providers. The facts share one application per provider, so
/// each works on its own dates or years, and checks the rest of the table is what it found.
/// </summary>
public abstract class CalendarAdminTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task The_official_years_are_seeded_by_the_system()
    {
        var years = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CalendarAdmin>().LoadedYearsAsync());
        var y2025 = Assert.Single(years, y => y.Year == 2025);
        var y2026 = Assert.Single(years, y => y.Year == 2026);
        Assert.Equal((28, 5, "系统"), (y2025.OffDays, y2025.MakeUpDays, y2025.LoadedBy));
        Assert.Equal((33, 6, "系统"), (y2026.OffDays, y2026.MakeUpDays, y2026.LoadedBy));
    }

    [Fact]
    public async Task A_malformed_or_partial_file_changes_nothing()
    {
        var before = await SnapshotAsync();
        var auditsBefore = await CountAuditsAsync("导入工作日历");

        var partial = """
            {"year":2026,"days":[
              {"name":"元旦","date":"2026-01-01","isOffDay":true},
              {"name":"元旦调休上班","date":"2026-01-05","isOffDay":false},
              {"name":"元旦","date":"2026-01-01","isOffDay":true}
            ]}
            """;
        var check = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CalendarAdmin>().CheckImportAsync(partial));
        Assert.False(check.IsValid);
        Assert.Equal(["第 2 项：2026-01-05 是星期一，本来就是工作日，不能标为调休上班。", "第 3 项：日期 2026-01-01 重复出现。"], check.Errors);

        var truncated = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CalendarAdmin>().CheckImportAsync("""{"year":2026,"days":[{"name":"元旦","""));
        Assert.False(truncated.IsValid);
        Assert.Single(truncated.Errors);

        // The service re-checks what it is given, whoever built it.
        var invalid = new CalendarYearFile(2026,
        [
            new CalendarDay { Date = new DateOnly(2026, 1, 1), Name = "元旦", IsOffDay = true },
            new CalendarDay { Date = new DateOnly(2027, 1, 1), Name = "元旦", IsOffDay = true },
        ]);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<CalendarAdmin>().ImportYearAsync(invalid)));
        Assert.Contains("日期 2027-01-01 不属于 2026 年。", refused.Message);

        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(auditsBefore, await CountAuditsAsync("导入工作日历"));
        Assert.False(await app.Service<IWorkingCalendar>().IsWorkingDayAsync(new DateOnly(2026, 1, 2)));
    }

    [Fact]
    public async Task A_valid_import_replaces_exactly_that_year_and_is_audited()
    {
        var calendar = app.Service<IWorkingCalendar>();
        await app.AsUserAsync("admin", async sp =>
        {
            var admin = sp.GetRequiredService<CalendarAdmin>();
            // Neighbours of the imported year, which the import must leave alone.
            await admin.SetDayAsync(new DateOnly(2028, 12, 31), true, "邻年测试");
            await admin.SetDayAsync(new DateOnly(2030, 1, 1), true, "元旦");
            var first = await admin.CheckImportAsync("""
                {"year":2029,"days":[
                  {"name":"元旦","date":"2029-01-01","isOffDay":true},
                  {"name":"春节","date":"2029-02-13","isOffDay":true},
                  {"name":"春节调休上班","date":"2029-02-04","isOffDay":false}
                ]}
                """);
            Assert.True(first.IsValid);
            Assert.Equal((false, 0), (first.YearLoaded, first.ExistingDays));
            await admin.ImportYearAsync(first.File!);
        });
        Assert.False(await calendar.IsWorkingDayAsync(new DateOnly(2029, 2, 13)));
        Assert.True(await calendar.IsWorkingDayAsync(new DateOnly(2029, 2, 4)));
        var others = await SnapshotAsync(exceptYear: 2029);

        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.AsUserAsync("admin", async sp =>
        {
            var admin = sp.GetRequiredService<CalendarAdmin>();
            var second = await admin.CheckImportAsync("""
                {"year":2029,"days":[
                  {"name":"元旦","date":"2029-01-01","isOffDay":true},
                  {"name":"春节（更正）","date":"2029-02-12","isOffDay":true}
                ]}
                """);
            Assert.Equal((true, 3), (second.YearLoaded, second.ExistingDays));
            await admin.ImportYearAsync(second.File!);
        });

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AdministrationDbContext>();
            var days = await db.CalendarDays.Where(d => d.Date >= new DateOnly(2029, 1, 1) && d.Date <= new DateOnly(2029, 12, 31))
                .OrderBy(d => d.Date).Select(d => new { d.Date, d.Name, d.IsOffDay }).ToListAsync();
            Assert.Equal([new { Date = new DateOnly(2029, 1, 1), Name = "元旦", IsOffDay = true }, new { Date = new DateOnly(2029, 2, 12), Name = "春节（更正）", IsOffDay = true }], days);
            var year = await db.CalendarYears.SingleAsync(y => y.Year == 2029);
            Assert.Equal("admin", year.LoadedBy);
            Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, year.LoadedAtUtc);
            var audit = await db.AuditLog.Where(a => a.Action == "导入工作日历" && a.ObjectId == "2029").OrderByDescending(a => a.Id).FirstAsync();
            Assert.Equal(("admin", "CalendarYear"), (audit.UserName, audit.ObjectType));
            Assert.Equal("替换原有 3 个例外日期为 2 个（放假 2 天，调休上班 0 天）", audit.Detail);
            Assert.NotNull(audit.UserId);
        });
        Assert.Equal(others, await SnapshotAsync(exceptYear: 2029));

        // The snapshot follows the new schedule at once.
        Assert.True(await calendar.IsWorkingDayAsync(new DateOnly(2029, 2, 13)));
        Assert.False(await calendar.IsWorkingDayAsync(new DateOnly(2029, 2, 12)));
        Assert.False(await calendar.IsWorkingDayAsync(new DateOnly(2029, 2, 4)));
    }

    [Fact]
    public async Task Setting_one_day_is_audited_and_changes_the_answers_immediately()
    {
        var calendar = app.Service<IWorkingCalendar>();
        var monday = new DateOnly(2026, 12, 7);
        var friday = OfficialStart(2026, 12, 4, 10);
        Assert.True(await calendar.IsWorkingDayAsync(monday)); // snapshot loaded before the edit
        Assert.Equal(Utc(2026, 12, 7, 16), (await calendar.DueAfterWorkingDaysAsync(friday, 1)).DueUtc);

        await app.AsUserAsync("admin", sp => sp.GetRequiredService<CalendarAdmin>().SetDayAsync(monday, true, " 测试放假 "));
        Assert.False(await calendar.IsWorkingDayAsync(monday));
        Assert.Equal(Utc(2026, 12, 8, 16), (await calendar.DueAfterWorkingDaysAsync(friday, 1)).DueUtc);

        var saturday = new DateOnly(2026, 12, 12);
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<CalendarAdmin>().SetDayAsync(saturday, false, "测试调休上班"));
        Assert.True(await calendar.IsWorkingDayAsync(saturday));

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AdministrationDbContext>();
            var day = await db.CalendarDays.SingleAsync(d => d.Date == monday);
            Assert.Equal(("测试放假", true), (day.Name, day.IsOffDay));
            var audit = await db.AuditLog.Where(a => a.Action == "修改工作日历" && a.ObjectId == "2026-12-07").SingleAsync();
            Assert.Equal(("admin", "CalendarDay", "放假：测试放假（原为普通日）"), (audit.UserName, audit.ObjectType, audit.Detail));
        });

        await app.AsUserAsync("admin", async sp =>
        {
            var admin = sp.GetRequiredService<CalendarAdmin>();
            await admin.SetDayAsync(monday, null, null);
            await admin.SetDayAsync(saturday, null, null);
        });
        Assert.True(await calendar.IsWorkingDayAsync(monday));
        Assert.False(await calendar.IsWorkingDayAsync(saturday));
        Assert.Equal(Utc(2026, 12, 7, 16), (await calendar.DueAfterWorkingDaysAsync(friday, 1)).DueUtc);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AdministrationDbContext>();
            Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == monday || d.Date == saturday));
            var audit = await db.AuditLog.Where(a => a.Action == "修改工作日历" && a.ObjectId == "2026-12-07").OrderByDescending(a => a.Id).FirstAsync();
            Assert.Equal("恢复为普通日（原为放假：测试放假）", audit.Detail);
        });
    }

    [Fact]
    public async Task Invalid_day_edits_are_refused_with_a_message_and_change_nothing()
    {
        var before = await SnapshotAsync();
        await app.AsUserAsync("admin", async sp =>
        {
            var admin = sp.GetRequiredService<CalendarAdmin>();
            var weekday = await Assert.ThrowsAsync<BusinessRuleException>(() => admin.SetDayAsync(new DateOnly(2026, 12, 9), false, "调休"));
            Assert.Equal("2026-12-09 是星期三，本来就是工作日，不需要设为调休上班。", weekday.Message);
            var unnamed = await Assert.ThrowsAsync<BusinessRuleException>(() => admin.SetDayAsync(new DateOnly(2026, 12, 9), true, "  "));
            Assert.Equal("请填写节假日或调休的名称。", unnamed.Message);
            var ordinary = await Assert.ThrowsAsync<BusinessRuleException>(() => admin.SetDayAsync(new DateOnly(2026, 12, 9), null, null));
            Assert.Equal("2026-12-09 已是普通日，无需恢复。", ordinary.Message);
        });
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task The_trial_panel_service_answers_per_the_rules()
    {
        var trial = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CalendarAdmin>().TryWorkingDaysAsync(OfficialStart(2026, 9, 30, 10), 5));
        Assert.Equal(Utc(2026, 10, 13, 16), trial.DueUtc);
        Assert.False(trial.BeyondCalendar);
        Assert.Equal([new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 13)], trial.CountedDays);

        var beyond = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CalendarAdmin>().TryWorkingDaysAsync(OfficialStart(2026, 12, 28, 9), 10));
        Assert.Equal(Utc(2027, 1, 11, 16), beyond.DueUtc);
        Assert.True(beyond.BeyondCalendar);
        Assert.Equal([2027], beyond.YearsNotLoaded);

        var hours = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CalendarAdmin>().TryHoursAsync(OfficialStart(2026, 9, 30, 20), 24));
        Assert.Equal(Utc(2026, 10, 1, 12), hours.DueUtc);

        await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<CalendarAdmin>().TryWorkingDaysAsync(OfficialStart(2026, 9, 30, 10), 0)));
    }

    [Fact]
    public async Task Missing_years_are_reported_until_imported()
    {
        var calendar = app.Service<IWorkingCalendar>();
        // From November the coming year is wanted; the demo clock is 2026-11-25.
        Assert.Contains(2027, await calendar.MissingYearsAsync());
        Assert.Equal("2027 年日历未导入，涉及该年的期限按周末规则计算。", IWorkingCalendar.MissingYearWarning(2027));

        // A real deadline in a year far ahead makes that year wanted too.
        Assert.DoesNotContain(2032, await calendar.MissingYearsAsync());
        var deadline = await calendar.DueAfterWorkingDaysAsync(OfficialStart(2032, 6, 1, 9), 5);
        Assert.True(deadline.BeyondCalendar);
        var missing = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CalendarAdmin>().MissingYearsAsync());
        Assert.Contains(2032, missing);

        await app.AsUserAsync("admin", async sp =>
        {
            var admin = sp.GetRequiredService<CalendarAdmin>();
            var check = await admin.CheckImportAsync("""{"year":2032,"days":[{"name":"元旦","date":"2032-01-01","isOffDay":true}]}""");
            await admin.ImportYearAsync(check.File!);
        });
        Assert.DoesNotContain(2032, await calendar.MissingYearsAsync());
        Assert.False((await calendar.DueAfterWorkingDaysAsync(OfficialStart(2032, 6, 1, 9), 5)).BeyondCalendar);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("dispatcher")]
    [InlineData("supervisor")]
    [InlineData("kbeditor")]
    [InlineData("archivist")]
    [InlineData("assessor")]
    [InlineData("zjj")]
    [InlineData("zjj.mgr")]
    [InlineData("scjgj.mgr")]
    public async Task Non_admins_are_refused_every_calendar_admin_action(string userName)
    {
        var before = await SnapshotAsync();
        var file = new CalendarYearFile(2026, [new CalendarDay { Date = new DateOnly(2026, 1, 1), Name = "元旦", IsOffDay = true }]);
        var start = OfficialStart(2026, 11, 25, 9);
        Func<CalendarAdmin, Task>[] actions =
        [
            a => a.LoadedYearsAsync(),
            a => a.DaysOfYearAsync(2026),
            a => a.MissingYearsAsync(),
            a => a.CheckImportAsync("""{"year":2026,"days":[{"name":"元旦","date":"2026-01-01","isOffDay":true}]}"""),
            a => a.ImportYearAsync(file),
            a => a.SetDayAsync(new DateOnly(2026, 12, 9), true, "越权"),
            a => a.TryWorkingDaysAsync(start, 5),
            a => a.TryHoursAsync(start, 24),
        ];
        foreach (var action in actions)
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
                app.AsUserAsync(userName, sp => action(sp.GetRequiredService<CalendarAdmin>())));
        }
        Assert.Equal(before, await SnapshotAsync());
    }

    private static DateTime OfficialStart(int year, int month, int day, int hour) => ChinaTime.FromChina(new DateTime(year, month, day, hour, 0, 0));

    private static DateTime Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    /// <summary>Every stored day and year record, as text, to compare before and after.</summary>
    private Task<string> SnapshotAsync(int? exceptYear = null) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AdministrationDbContext>();
        var days = await db.CalendarDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync();
        var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        return string.Join("\n",
            days.Where(d => d.Date.Year != exceptYear).Select(d => $"{d.Date:yyyy-MM-dd}|{d.Name}|{d.IsOffDay}")
                .Concat(years.Where(y => y.Year != exceptYear).Select(y => $"{y.Year}|{y.LoadedBy}|{y.LoadedAtUtc:O}")));
    });

    private Task<int> CountAuditsAsync(string action) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<AdministrationDbContext>().AuditLog.CountAsync(a => a.Action == action));
}

public sealed class SqliteCalendarAdminTests(SqliteApp app) : CalendarAdminTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbCalendarAdminTests(MariaDbApp app) : CalendarAdminTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
