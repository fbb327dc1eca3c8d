using Hotline.Archive.Document;
using Hotline.Archive.Workbench;
using Hotline.IntegrationTests.FlowSheet;
using Hotline.IntegrationTests.Handling;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Hotline.Platform.Persistence;
using Hotline.Platform.Time;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Archive.ArchiveTestData;

namespace Hotline.IntegrationTests.Archive;

/// <summary>The clerk's search, record view and print: scoped to the archive clerk, the snapshot shown (not live data), the caller masked.</summary>
public abstract class WorkbenchTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<(IReadOnlyList<ArchiveRow> Rows, int Total)> SearchAsync(ArchiveQuery query, string user = "archivist") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ArchiveSearch>().SearchAsync(query));

    [Fact]
    public async Task The_clerk_finds_a_record_by_archive_or_case_number_year_unit_date_and_keyword()
    {
        var d = await ClosedCaseAsync(app, "13900003001", withExtension: false);
        var record = Assert.Single(await RecordsAsync(app, d.CaseId));
        var unit = await HandlingTestData.UnitIdAsync(app, "ZJJ");
        var day = ChinaTime.DateOf(record.ClosedAtUtc);

        Assert.Contains((await SearchAsync(new ArchiveQuery { Number = record.ArchiveNumber })).Rows, r => r.Id == record.Id);
        Assert.Contains((await SearchAsync(new ArchiveQuery { Number = d.CaseNumber })).Rows, r => r.Id == record.Id);
        var all = await SearchAsync(new ArchiveQuery { Year = record.Year, UnitId = unit, ClosedFrom = day, ClosedTo = day, Keyword = "13900003001" });
        Assert.Equal(record.Id, Assert.Single(all.Rows).Id);
        Assert.Equal(1, all.Total);
        // The keyword is read as words (SmartCn): in another order they still find the record; a word it lacks does not.
        Assert.Contains((await SearchAsync(new ArchiveQuery { Number = d.CaseNumber, Keyword = "维修电梯" })).Rows, r => r.Id == record.Id);
        Assert.Contains((await SearchAsync(new ArchiveQuery { Number = d.CaseNumber, Keyword = "电梯 无人维修" })).Rows, r => r.Id == record.Id);
        Assert.Empty((await SearchAsync(new ArchiveQuery { Number = d.CaseNumber, Keyword = "电梯 燃气" })).Rows);
        Assert.Empty((await SearchAsync(new ArchiveQuery { Number = d.CaseNumber, ClosedFrom = day.AddDays(1) })).Rows);
        Assert.Empty((await SearchAsync(new ArchiveQuery { Number = d.CaseNumber, UnitId = await HandlingTestData.UnitIdAsync(app, "SCJGJ") })).Rows);
    }

    [Fact]
    public async Task Results_are_paged_on_the_server()
    {
        await ClosedCaseAsync(app, "13900003002", withExtension: false);
        await ClosedCaseAsync(app, "13900003003", withExtension: false);
        var first = await SearchAsync(new ArchiveQuery { Take = 1 });
        var second = await SearchAsync(new ArchiveQuery { Skip = 1, Take = 1 });
        Assert.True(first.Total >= 2);
        Assert.Equal(first.Total, second.Total);
        Assert.NotEqual(Assert.Single(first.Rows).Id, Assert.Single(second.Rows).Id);
    }

    [Fact]
    public async Task A_reversed_date_range_or_an_overlong_keyword_is_refused_with_a_message()
    {
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            SearchAsync(new ArchiveQuery { ClosedFrom = new DateOnly(2026, 11, 30), ClosedTo = new DateOnly(2026, 11, 1) }));
        Assert.Equal("起始日期不能晚于结束日期。", ex.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => SearchAsync(new ArchiveQuery { Keyword = new string('电', 101) }));
    }

    [Fact]
    public async Task The_record_view_shows_the_snapshot_with_the_caller_masked_and_is_audited()
    {
        var d = await ClosedCaseAsync(app, "13900003004", withExtension: false);
        var record = Assert.Single(await RecordsAsync(app, d.CaseId));
        // The live case changes afterwards (raw, as no service would allow it): the record does not follow.
        await app.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().Cases.Where(c => c.Id == d.CaseId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Content, "事后被改动的内容")));

        var view = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveRecords>().GetAsync(record.Id));
        Assert.Contains("小区电梯停运多日无人维修", view.Snapshot.Case.Content);
        Assert.Equal("139****3004", view.Snapshot.Caller.Phone);
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog
            .AnyAsync(a => a.Action == ArchiveRecords.AuditAction && a.ObjectId == record.ArchiveNumber && a.UserName == "archivist")));

        var printed = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<RecordPdfService>().BuildAsync(record.Id));
        var text = DocumentText.All(printed.Document);
        Assert.Contains(record.ArchiveNumber, text);
        Assert.Contains("139****3004", text);
        Assert.DoesNotContain("13900003004", text.Replace("小区电梯停运多日无人维修，来电号码13900003004", ""));
        Assert.Equal($"工单归档表-{record.ArchiveNumber}.pdf", printed.FileName);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("supervisor")]
    [InlineData("admin")]
    [InlineData("zjj")]
    [InlineData("zjj.mgr")]
    public async Task Other_roles_are_refused_search_view_and_print(string user)
    {
        var d = await ClosedCaseAsync(app, $"139000030{user.Length:D2}", withExtension: false);
        var record = Assert.Single(await RecordsAsync(app, d.CaseId));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SearchAsync(new ArchiveQuery(), user));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync(user, sp => sp.GetRequiredService<ArchiveRecords>().GetAsync(record.Id)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync(user, sp => sp.GetRequiredService<RecordPdfService>().BuildAsync(record.Id)));
    }
}

public sealed class SqliteWorkbenchTests(SqliteApp app) : WorkbenchTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbWorkbenchTests(MariaDbApp app) : WorkbenchTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
