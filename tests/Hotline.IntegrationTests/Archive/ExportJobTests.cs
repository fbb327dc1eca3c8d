using System.IO.Compression;
using Hotline.Archive.Domain;
using Hotline.Archive.Export;
using Hotline.Archive.Persistence;
using Hotline.Archive.Workbench;
using Hotline.Platform;
using Hotline.Platform.Exports;
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

    private static string ArchivistId(IServiceProvider sp) =>
        sp.GetRequiredService<UserAccessDbContext>().Users.Single(u => u.UserName == "archivist").Id;
}

public sealed class SqliteExportJobTests(SqliteApp app) : ExportJobTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbExportJobTests(MariaDbApp app) : ExportJobTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
