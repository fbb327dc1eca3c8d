using System.IO.Compression;
using Hotline.Archive.Domain;
using Hotline.Archive.Export;
using Hotline.Archive.Persistence;
using Hotline.Archive.Workbench;
using Hotline.Platform;
using Hotline.Platform.Catalog;
using Hotline.Platform.Exports;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Archive.ArchiveTestData;

namespace Hotline.IntegrationTests.Archive;

/// <summary>
/// Export as a background job: queued, run, the ZIP kept in the data directory and opened by its clerk for 24 hours;
/// one job at a time per clerk; cancelled; a job cut off by a restart runs again and never leaves a partial file.
/// </summary>
public abstract class ExportJobTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<Guid> StartAsync(ArchiveQuery query, string? purpose = "年度督查调取", string user = "archivist") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ExportJobs>().StartAsync(query, purpose));

    private Task<ArchiveExportJob> JobAsync(Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().ExportJobs.AsNoTracking().SingleAsync(j => j.Id == id));

    private Task RunAsync() => app.Service<ExportRunner>().RunUntilIdleAsync();

    [Fact]
    public async Task A_job_writes_the_zip_to_the_data_directory_its_clerk_opens_it_for_24_hours_then_it_expires()
    {
        var d = await ClosedCaseAsync(app, "13900008001", withExtension: false);
        var id = await StartAsync(new ArchiveQuery { Number = d.CaseNumber });
        await RunAsync();
        var job = await JobAsync(id);
        Assert.Equal((ExportState.Completed, 1, 1), (job.State, job.Total, job.Done));
        var path = app.Service<ExportRunner>().PathOf(id);
        Assert.True(File.Exists(path));
        Assert.False(File.Exists(path + ".part"));

        var (content, name) = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ExportJobs>().OpenAsync(id));
        await using (content)
        {
            Assert.EndsWith(".zip", name);
            using var zip = new ZipArchive(content, ZipArchiveMode.Read);
            Assert.Contains(zip.Entries, e => e.FullName == ArchiveExport.ManifestName);
        }
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("admin", sp => sp.GetRequiredService<ExportJobs>().OpenAsync(id)));

        app.Clock.Advance(ExportJob.DownloadLifetime + TimeSpan.FromMinutes(1));
        var expired = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("archivist", sp => sp.GetRequiredService<ExportJobs>().OpenAsync(id)));
        Assert.Contains("已过期", expired.Message);
        await RunAsync();
        Assert.Equal(ExportState.Expired, (await JobAsync(id)).State);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task One_clerk_runs_one_export_at_a_time_an_empty_query_queues_nothing_and_a_queued_job_can_be_cancelled()
    {
        var d = await ClosedCaseAsync(app, "13900008002", withExtension: false);
        var empty = await Assert.ThrowsAsync<BusinessRuleException>(() => StartAsync(new ArchiveQuery { Number = "无此编号" }));
        Assert.Equal("没有符合条件的档案，未生成导出文件。", empty.Message);

        // The runner is held so the first job stays queued while the second is asked for.
        var id = await app.WithScopeAsync(async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
            var job = ExportJob.Queue<ArchiveExportJob>(ArchivistId(sp), "archivist", System.Text.Json.JsonSerializer.Serialize(new ArchiveQuery { Number = d.CaseNumber }),
                "编号", "年度督查调取", 1, app.Clock.GetUtcNow().UtcDateTime);
            db.ExportJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
        var second = await Assert.ThrowsAsync<BusinessRuleException>(() => StartAsync(new ArchiveQuery { Number = d.CaseNumber }));
        Assert.Contains("已有一个导出正在进行", second.Message);

        await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ExportJobs>().CancelAsync(id));
        await RunAsync();
        Assert.Equal(ExportState.Cancelled, (await JobAsync(id)).State);
        Assert.False(File.Exists(app.Service<ExportRunner>().PathOf(id)));
        await StartAsync(new ArchiveQuery { Number = d.CaseNumber });   // free again
        await RunAsync();
    }

    [Fact]
    public async Task A_job_cut_off_by_a_restart_runs_again_and_its_partial_file_is_never_offered()
    {
        var d = await ClosedCaseAsync(app, "13900008003", withExtension: false);
        var runner = app.Service<ExportRunner>();
        var id = await app.WithScopeAsync(async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
            var job = ExportJob.Queue<ArchiveExportJob>(ArchivistId(sp), "archivist", System.Text.Json.JsonSerializer.Serialize(new ArchiveQuery { Number = d.CaseNumber }),
                "编号", "年度督查调取", 1, app.Clock.GetUtcNow().UtcDateTime);
            job.Start();   // the app stopped while it was running
            db.ExportJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
        Directory.CreateDirectory(runner.Directory);
        await File.WriteAllTextAsync(runner.PathOf(id) + ".part", "half a zip");
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("archivist", sp => sp.GetRequiredService<ExportJobs>().OpenAsync(id)));

        await RunAsync();
        var job = await JobAsync(id);
        Assert.Equal((ExportState.Completed, 2), (job.State, job.Attempts));
        Assert.False(File.Exists(runner.PathOf(id) + ".part"));
        using var zip = ZipFile.OpenRead(runner.PathOf(id));
        Assert.Contains(zip.Entries, e => e.FullName == ArchiveExport.ManifestName);
    }

    /// <summary>The archive numbers of the record PDFs in the job's ZIP.</summary>
    private async Task<List<string>> ExportedNumbersAsync(Guid id)
    {
        var (content, _) = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ExportJobs>().OpenAsync(id));
        await using (content)
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read);
            return zip.Entries.Where(e => e.FullName.StartsWith("records/"))
                .Select(e => e.FullName["records/工单归档表-".Length..^".pdf".Length]).Order().ToList();
        }
    }

    [Fact]
    public async Task An_export_by_the_callers_phone_holds_only_that_callers_records_and_keeps_the_number_masked()
    {
        const string phone = "13900008004";
        var mine = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, phone, withExtension: false)).CaseId));
        var other = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, "13900008005", withExtension: false)).CaseId));
        var byPhone = new ArchiveQuery { Year = mine.Year, UnitId = mine.LeadUnitId, CallerPhone = "139 0000 8004" };
        // Without the number the same filters find the other caller's record too.
        var everyone = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveSearch>().SearchAsync(byPhone with { CallerPhone = null, Take = 100 }));
        Assert.Contains(everyone.Rows, r => r.Id == other.Id);
        var shown = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveSearch>().SearchAsync(byPhone));

        var id = await StartAsync(byPhone, "信访人申请查阅本人诉求档案");
        var queued = await JobAsync(id);
        Assert.Equal(1, queued.Total);
        // The job keeps no number in clear: not in its query, not in its 条件 text.
        Assert.DoesNotContain(phone, queued.QueryJson);
        Assert.Null(System.Text.Json.JsonSerializer.Deserialize<ArchiveQuery>(queued.QueryJson)!.CallerPhone);
        Assert.DoesNotContain(phone, queued.QueryText);
        Assert.Contains("来电号码：139****8004", queued.QueryText);
        var row = Assert.Single(await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ExportJobs>().MineAsync()), j => j.Id == id);
        Assert.Equal(queued.QueryText, row.QueryText);

        await RunAsync();
        Assert.Equal((ExportState.Completed, 1), ((await JobAsync(id)).State, (await JobAsync(id)).Done));
        // Exactly what the search showed: this caller's record, not the other one.
        Assert.Equal(shown.Rows.Select(r => r.ArchiveNumber).Order().ToList(), await ExportedNumbersAsync(id));
        Assert.Equal(new[] { mine.ArchiveNumber }, await ExportedNumbersAsync(id));

        // Audited as the phone search is, under the masked number, and in the export's own line; nowhere in clear.
        var audit = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.ObjectType == "Archive" && a.UserName == "archivist").ToListAsync());
        Assert.Contains(audit, a => a.Action == ExportJobs.PhoneExportAction && a.ObjectId == "139****8004" && a.Detail!.Contains("导出 1 件")
            && a.Detail.Contains("信访人申请查阅本人诉求档案"));
        Assert.Contains(audit, a => a.Action == ArchiveExport.AuditAction && a.Detail!.Contains("完成：1/1 件") && a.Detail.Contains("来电号码：139****8004"));
        Assert.DoesNotContain(audit, a => (a.ObjectId ?? "").Contains(phone) || (a.Detail ?? "").Contains(phone));
    }

    [Fact]
    public async Task An_export_by_a_partial_phone_is_refused_and_queues_nothing()
    {
        var d = await ClosedCaseAsync(app, "13900008006", withExtension: false);
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() => StartAsync(new ArchiveQuery { Number = d.CaseNumber, CallerPhone = "8006" }));
        Assert.Equal(PhoneDigits.PartialRefused, ex.Message);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().ExportJobs.AnyAsync(j => j.QueryText.Contains(d.CaseNumber))));
    }

    [Fact]
    public async Task The_jobs_condition_and_audit_line_name_the_category_unit_and_area_not_their_ids()
    {
        var d = await ClosedCaseAsync(app, "13900008007", withExtension: false);
        var record = Assert.Single(await RecordsAsync(app, d.CaseId));
        var unitId = record.LeadUnitId!.Value;
        var (category, unit, area) = await app.WithScopeAsync(async sp => (
            (await sp.GetRequiredService<ICategoryCatalog>().GetCategoryAsync(record.CategoryId))!.PathName,
            (await sp.GetRequiredService<IUnitDirectory>().GetUnitAsync(unitId))!.Name,
            (await sp.GetRequiredService<IAreaDirectory>().GetAreaAsync(record.AreaId))!.PathName));
        Assert.Equal("县住房和城乡建设局", unit);

        var id = await StartAsync(new ArchiveQuery { Number = d.CaseNumber, Year = record.Year, CategoryId = record.CategoryId, UnitId = unitId, AreaId = record.AreaId });
        var text = (await JobAsync(id)).QueryText;
        Assert.Equal($"编号：{d.CaseNumber}；年度：{record.Year}；分类：{category}；单位：{unit}；属地：{area}", text);
        await RunAsync();
        var line = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.Action == ArchiveExport.AuditAction && a.Detail!.Contains(d.CaseNumber)).Select(a => a.Detail!).SingleAsync());
        Assert.EndsWith($"条件：{text}", line);
        foreach (var guid in new[] { record.CategoryId, unitId, record.AreaId })
            Assert.DoesNotContain(guid.ToString(), text + line, StringComparison.OrdinalIgnoreCase);
    }

    private static string ArchivistId(IServiceProvider sp) =>
        sp.GetRequiredService<UserAccessDbContext>().Users.Single(u => u.UserName == "archivist").Id;
}

public sealed class SqliteExportJobTests(SqliteApp app) : ExportJobTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbExportJobTests(MariaDbApp app) : ExportJobTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
