using System.IO.Compression;
using Hotline.Archive.Integrity;
using Hotline.Archive.Persistence;
using Hotline.Intake.Persistence;
using Hotline.IntegrationTests.Archive;
using Hotline.Platform.Attachments;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Hotline.Web.Infrastructure.Backup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Operations;

/// <summary>备份与恢复 (#20): backup → an empty instance → restore → the same cases, files, audit log and an intact archive.</summary>
public abstract class BackupTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x02];

    private sealed record Snapshot(HashSet<string> Cases, HashSet<(long, string)> Audit, Dictionary<string, string> Files, int Archived);

    [Fact]
    public async Task A_backup_restored_into_an_empty_instance_brings_back_the_cases_files_audit_log_and_an_intact_archive()
    {
        await ArchiveTestData.ClosedCaseAsync(app, "13900001301", withExtension: false);
        await app.Service<AttachmentStore>().StageAsync(new MemoryStream(Png), "现场照片.png", Png.Length);
        var before = await SnapshotAsync(app);
        var file = await BackupAsync();

        await using var restored = new HotlineAppFactory(app.Provider);
        restored.Clock.SetUtcNow(app.Clock.GetUtcNow());
        var manifest = await Backups.RestoreAsync(Target(restored), file);

        Assert.Contains(manifest.Files, f => f.Path.StartsWith("data/keys/", StringComparison.Ordinal));
        var after = await SnapshotAsync(restored);
        Assert.Subset(after.Cases, before.Cases);
        Assert.Subset(after.Audit, before.Audit);
        Assert.All(before.Files, f => Assert.Equal(f.Value, after.Files.GetValueOrDefault(f.Key)));
        var report = await restored.WithScopeAsync(sp => sp.GetRequiredService<ArchiveIntegrity>().VerifyAllFromCommandAsync());
        Assert.True(report.Intact);
        Assert.True(report.Checked >= before.Archived && before.Archived > 0);
    }

    [Fact]
    public async Task A_restore_is_refused_over_an_instance_in_use_and_from_a_changed_file_and_writes_nothing()
    {
        var file = await BackupAsync();

        var inUse = await Assert.ThrowsAsync<BackupException>(() => Backups.RestoreAsync(Target(app), file));
        Assert.Contains("不是空的", inUse.Message);

        var changed = Path.Combine(Path.GetDirectoryName(file)!, "changed.zip");
        File.Copy(file, changed);
        using (var zip = ZipFile.Open(changed, ZipArchiveMode.Update))
        {
            var database = zip.Entries.Single(e => e.FullName.StartsWith("database/", StringComparison.Ordinal));
            var name = database.FullName;
            database.Delete();
            await using var stream = zip.CreateEntry(name).Open();
            await stream.WriteAsync("-- not the dump"u8.ToArray());
        }
        await using var empty = new HotlineAppFactory(app.Provider);
        var broken = await Assert.ThrowsAsync<BackupException>(() => Backups.RestoreAsync(Target(empty), changed));
        Assert.Contains("哈希值不符", broken.Message);
        Assert.False(Directory.Exists(Path.Combine(empty.DataDirectory, "uploads")));
        Assert.True(await DatabaseCopy.For(empty.Provider, empty.ConnectionString).IsEmptyAsync(CancellationToken.None));

        var missing = new StringWriter();
        Assert.Equal(2, await BackupCommands.RestoreAsync(app.Services, ["--from", Path.Combine(Path.GetDirectoryName(file)!, "nope.zip")], missing));
        Assert.Contains("找不到备份文件", missing.ToString());
        // The file may also be given without --from, as `hotline restore FILE`.
        var positional = new StringWriter();
        Assert.Equal(2, await BackupCommands.RestoreAsync(app.Services, ["restore", Path.Combine(Path.GetDirectoryName(file)!, "nope.zip")], positional));
        Assert.Contains("找不到备份文件", positional.ToString());
    }

    private async Task<string> BackupAsync()
    {
        var directory = Directory.CreateTempSubdirectory("hotline-backups-").FullName;
        var output = new StringWriter();
        Assert.Equal(0, await BackupCommands.BackupAsync(app.Services, ["--to", directory], output));
        Assert.Contains("备份完成", output.ToString());
        return Assert.Single(Directory.GetFiles(directory, BackupRotation.Pattern));
    }

    private static BackupTarget Target(HotlineAppFactory instance) => new(instance.Provider, instance.ConnectionString, instance.DataDirectory);

    private static async Task<Snapshot> SnapshotAsync(HotlineAppFactory instance) => await instance.WithScopeAsync(async sp =>
    {
        var uploads = Path.Combine(instance.DataDirectory, "uploads");
        var files = Directory.Exists(uploads)
            ? Directory.GetFiles(uploads, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("tmp-", StringComparison.Ordinal))
                .ToDictionary(f => Path.GetRelativePath(instance.DataDirectory, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
            : [];
        return new Snapshot(
            (await sp.GetRequiredService<IntakeDbContext>().Cases.Select(c => c.Number).ToListAsync()).ToHashSet(),
            (await sp.GetRequiredService<PlatformDbContext>().AuditLog.Select(a => new { a.Id, a.Action }).ToListAsync()).Select(a => (a.Id, a.Action)).ToHashSet(),
            files,
            await sp.GetRequiredService<ArchiveDbContext>().Records.CountAsync());
    });
}

public sealed class SqliteBackupTests(SqliteApp app) : BackupTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbBackupTests(MariaDbApp app) : BackupTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;

/// <summary>Which backups the rotation keeps: the newest of each of 7 days, 4 weeks and 12 months.</summary>
public sealed class BackupRotationTests
{
    [Fact]
    public void Keeps_the_newest_of_each_of_the_last_seven_days_four_weeks_and_twelve_months()
    {
        var now = new DateTime(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc);
        // Two a day (01:00 and 13:00 China time) for 400 days.
        var files = Enumerable.Range(0, 400).SelectMany(d => new[] { now.AddDays(-d).AddHours(-1), now.AddDays(-d).AddHours(-13) })
            .Select(at => $"/b/{Backups.FileName(at)}").Append("/b/notes.zip").ToList();

        var expired = BackupRotation.Expired(files, now);
        var kept = files.Except(expired).Where(f => f.Contains("hotline-backup-", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain("/b/notes.zip", expired);
        // 5 December 10:00 China time: the newest; of 4 December, 21:00 is kept and 09:00 goes.
        Assert.Contains($"/b/{Backups.FileName(now.AddHours(-1))}", kept);
        Assert.Contains($"/b/{Backups.FileName(now.AddHours(-13))}", kept);
        Assert.Contains($"/b/{Backups.FileName(now.AddDays(-1).AddHours(-1))}", expired);
        // 29 November – 5 December by day; the weeks of 9 and 16 November (those of 23 and 30 November end in kept days);
        // January – October by month (November's and December's newest are kept days).
        Assert.Equal(7 + 2 + 10, kept.Count);
        Assert.All(kept, f => Assert.True(DateTime.ParseExact(Path.GetFileName(f)[15..30], "yyyyMMdd-HHmmss", null) > now.AddMonths(-12).AddDays(-1)));
    }
}
