using Hotline.Intake.CaseSearch;
using Hotline.Intake.CaseSearch.Export;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Hotline.Platform.Exports;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Hotline.IntegrationTests.Intake;

/// <summary>
/// A large case-list export as a background job: checked and counted when asked for, read and written later by the
/// runner as its requester (full numbers as that role allows), kept for its requester only, audited when taken.
/// </summary>
public abstract class ExportJobTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<Guid> StartAsync(string user, CaseListFilter filter) => app.AsUserAsync(user, async sp =>
    {
        var request = await sp.GetRequiredService<CaseQueries>().CheckExportAsync(filter);
        return await sp.GetRequiredService<CaseExportJobs>().StartAsync(request, CaseSort.NumberAsc);
    });

    private Task RunAsync() => app.Service<CaseExportRunner>().RunUntilIdleAsync();

    private Task<IReadOnlyList<ExportJobRow>> MineAsync(string user) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<CaseExportJobs>().MineAsync());

    private async Task<List<IDictionary<string, object?>>> OpenAsync(string user, Guid id)
    {
        var (content, name) = await app.AsUserAsync(user, sp => sp.GetRequiredService<CaseExportJobs>().OpenAsync(id));
        Assert.Matches(@"^工单导出-\d{8}-\d{4}\.xlsx$", name);
        await using (content)
        {
            var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            copy.Position = 0;
            return copy.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        }
    }

    private Task<Guid> QueueWithoutWakingAsync(string user, string keyword) => app.WithScopeAsync(async sp =>
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync();
        var userId = await sp.GetRequiredService<UserAccessDbContext>().Users.Where(u => u.UserName == user)
            .Select(u => u.Id).SingleAsync();
        var job = ExportJob.Queue<CaseExportJob>(userId, user, System.Text.Json.JsonSerializer.Serialize(
            new CaseExportArguments(new CaseListFilter { Keyword = keyword }, CaseSort.NumberAsc, true)), $"关键词 {keyword}", "", 1, app.Clock.GetUtcNow().UtcDateTime);
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    });

    private async Task<int> AuditCountAsync(string action) => await app.WithScopeAsync(sp =>
        sp.GetRequiredService<IntakeDbContext>().AuditLog.CountAsync(a => a.Action == action));

    [Fact]
    public async Task An_export_by_phone_keeps_no_callers_number_in_its_job_and_holds_only_that_callers_cases()
    {
        var mine = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700000391", content: "按电话导出：楼道灯不亮"));
        await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700000392", content: "按电话导出：楼道灯不亮"));

        var id = await StartAsync("agent", new CaseListFilter { Phone = "13700000391" });
        var kept = await app.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().ExportJobs.AsNoTracking()
            .Where(j => j.Id == id).Select(j => new { j.QueryJson, j.QueryText }).SingleAsync());
        Assert.DoesNotContain("13700000391", kept.QueryJson);
        Assert.DoesNotContain("13700000391", kept.QueryText);

        await RunAsync();
        Assert.Equal([mine.CaseNumber], (await OpenAsync("agent", id)).Select(r => r["工单号"]?.ToString()));
    }

    [Fact]
    public async Task A_queued_export_runs_in_the_background_and_its_requester_downloads_the_file_with_full_numbers()
    {
        var first = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700000301", content: "后台导出甲：路灯不亮"));
        var second = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700000302", content: "后台导出甲：井盖缺失"));
        var downloads = await AuditCountAsync(CaseExportJobs.DownloadAction);

        var id = await StartAsync("agent", new CaseListFilter { Keyword = "后台导出甲" });
        // The app's own worker may already be on it, or even done: only a completed job offers its file.
        var queued = Assert.Single(await MineAsync("agent"), j => j.Id == id);
        Assert.Equal((2, queued.State == ExportState.Completed), (queued.Total, queued.Downloadable));
        Assert.Contains("关键词 后台导出甲", queued.QueryText);

        await RunAsync();
        var done = Assert.Single(await MineAsync("agent"), j => j.Id == id);
        Assert.Equal((ExportState.Completed, 2, true), (done.State, done.Done, done.Downloadable));
        var rows = await OpenAsync("agent", id);
        Assert.Equal([first.CaseNumber, second.CaseNumber], rows.Select(r => r["工单号"]?.ToString()));
        Assert.Equal("13700000301", rows[0]["电话"]?.ToString());
        Assert.Equal(downloads + 1, await AuditCountAsync(CaseExportJobs.DownloadAction));
    }

    [Fact]
    public async Task Nobody_else_sees_or_takes_the_file_and_a_member_unit_has_no_export_at_all()
    {
        await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700000311", content: "后台导出乙：占道经营"));
        var id = await StartAsync("agent", new CaseListFilter { Keyword = "后台导出乙" });
        await RunAsync();

        Assert.DoesNotContain(await MineAsync("assessor"), j => j.Id == id);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => OpenAsync("assessor", id));
        Assert.Contains("不存在或已过期", refused.Message);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => MineAsync("zjj"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => OpenAsync("zjj", id));
    }

    [Fact]
    public async Task A_role_without_full_numbers_gets_them_masked()
    {
        await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700000321", content: "后台导出丙：噪音扰民"));
        var id = await StartAsync("assessor", new CaseListFilter { Keyword = "后台导出丙" });

        await RunAsync();
        var row = Assert.Single(await OpenAsync("assessor", id));
        Assert.NotEqual("13700000321", row["电话"]?.ToString());
        Assert.Contains("****", row["电话"]?.ToString());
    }

    [Fact]
    public async Task One_export_at_a_time_per_user_and_the_next_once_it_is_done()
    {
        await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700000322", content: "后台导出戊：垃圾清运"));
        // Still waiting: queued without waking the app's worker, which could otherwise finish it before the second ask.
        await QueueWithoutWakingAsync("supervisor", "后台导出戊");
        var second = await Assert.ThrowsAsync<BusinessRuleException>(() => StartAsync("supervisor", new CaseListFilter { Keyword = "后台导出戊" }));
        Assert.Contains("已有一个导出正在进行", second.Message);
        Assert.Single(await MineAsync("supervisor"), j => j.QueryText.Contains("后台导出戊"));

        await RunAsync();
        var next = await StartAsync("supervisor", new CaseListFilter { Keyword = "后台导出戊" });
        Assert.Contains(await MineAsync("supervisor"), j => j.Id == next);
    }

    [Fact]
    public async Task A_cancelled_job_writes_no_file_and_cannot_be_cancelled_again()
    {
        await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700000331", content: "后台导出丁：违章搭建"));
        // Queued without waking the app's worker, so the cancel comes first.
        var id = await QueueWithoutWakingAsync("dispatcher", "后台导出丁");
        await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<CaseExportJobs>().CancelAsync(id));
        await RunAsync();
        Assert.Equal(ExportState.Cancelled, Assert.Single(await MineAsync("dispatcher"), j => j.Id == id).State);
        Assert.False(File.Exists(app.Service<CaseExportRunner>().PathOf(id)));
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<CaseExportJobs>().CancelAsync(id)));
        Assert.Equal("该导出已取消，不能取消。", again.Message);
    }
}

public sealed class SqliteExportJobTests(SqliteApp app) : ExportJobTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbExportJobTests(MariaDbApp app) : ExportJobTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
