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
using Microsoft.Extensions.Configuration;
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

        Assert.EndsWith(".zip", file);
        await AssertRestoresAsync(file, keyFile: null, before);
    }

    [Fact]
    public async Task An_encrypted_backup_holds_nothing_readable_and_restored_with_its_key_brings_back_the_same()
    {
        await ArchiveTestData.ClosedCaseAsync(app, "13900001302", withExtension: false);
        await app.Service<AttachmentStore>().StageAsync(new MemoryStream(Png), "现场照片.png", Png.Length);
        var before = await SnapshotAsync(app);
        var keyFile = BackupCipherTests.KeyFile("0123456789abcdef0123456789abcdef");
        var file = await BackupAsync(keyFile);

        Assert.EndsWith(".zip.enc", file);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.False(bytes.AsSpan().StartsWith("PK"u8), "an encrypted backup is not a ZIP");
        Assert.Equal(-1, bytes.AsSpan().IndexOf("manifest.json"u8));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("database/"u8));
        await AssertRestoresAsync(file, keyFile, before);
    }

    [Fact]
    public async Task An_encrypted_backup_without_its_key_or_altered_is_refused_and_nothing_is_written()
    {
        var keyFile = BackupCipherTests.KeyFile("correct horse battery staple");
        var file = await BackupAsync(keyFile);
        var bytes = await File.ReadAllBytesAsync(file);
        var header = BackupCipher.HeaderSize + BackupCipher.TagSize;
        Assert.True(bytes.Length > header + BackupCipher.TagSize);
        var flipped = (byte[])bytes.Clone();
        flipped[header + (bytes.Length - header) / 2] ^= 0x01;
        // A copy of the first chunk (or the whole body, when there is only one) after the last.
        var appended = bytes.Concat(bytes.Skip(header).Take(BackupCipher.ChunkSize + BackupCipher.TagSize)).ToArray();

        await using var empty = new HotlineAppFactory(app.Provider);
        empty.Clock.SetUtcNow(app.Clock.GetUtcNow());
        var target = Target(empty) with { KeyFile = keyFile };
        async Task<string> RefusedAsync(byte[] content, BackupTarget to)
        {
            var copy = Path.Combine(Path.GetDirectoryName(file)!, $"changed-{Guid.NewGuid():N}.zip.enc");
            await File.WriteAllBytesAsync(copy, content);
            return (await Assert.ThrowsAsync<BackupException>(() => Backups.RestoreAsync(to, copy))).Message;
        }

        Assert.Contains("是加密的备份", await RefusedAsync(bytes, Target(empty)));
        Assert.Contains("密钥与此备份不符", await RefusedAsync(bytes, Target(empty) with { KeyFile = BackupCipherTests.KeyFile("not the key it was made with") }));
        Assert.Contains("未通过校验", await RefusedAsync(flipped, target));
        Assert.Contains("未通过校验", await RefusedAsync(bytes[..^1], target));
        Assert.Contains("未通过校验", await RefusedAsync(appended, target));
        Assert.Contains("不完整", await RefusedAsync(bytes[..(header - 1)], target));

        Assert.False(Directory.Exists(Path.Combine(empty.DataDirectory, "uploads")));
        Assert.False(Directory.Exists(Path.Combine(empty.DataDirectory, "keys")));
        Assert.True(await DatabaseCopy.For(empty.Provider, empty.ConnectionString).IsEmptyAsync(CancellationToken.None));
        // The untouched file with its key restores into that same instance: nothing above wrote to it.
        await Backups.RestoreAsync(target, file);
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

    private async Task AssertRestoresAsync(string file, string? keyFile, Snapshot before)
    {
        await using var restored = new HotlineAppFactory(app.Provider);
        restored.Clock.SetUtcNow(app.Clock.GetUtcNow());
        var manifest = await Backups.RestoreAsync(Target(restored) with { KeyFile = keyFile }, file);

        Assert.Contains(manifest.Files, f => f.Path.StartsWith("data/keys/", StringComparison.Ordinal));
        var after = await SnapshotAsync(restored);
        Assert.Subset(after.Cases, before.Cases);
        Assert.Subset(after.Audit, before.Audit);
        Assert.All(before.Files, f => Assert.Equal(f.Value, after.Files.GetValueOrDefault(f.Key)));
        var report = await restored.WithScopeAsync(sp => sp.GetRequiredService<ArchiveIntegrity>().VerifyAllFromCommandAsync());
        Assert.True(report.Intact);
        Assert.True(report.Checked >= before.Archived && before.Archived > 0);
    }

    /// <summary>A backup through the command, as the timer takes it; with a key file, as <c>Backup:KeyFile</c> configures it.</summary>
    private async Task<string> BackupAsync(string? keyFile = null)
    {
        var directory = Directory.CreateTempSubdirectory("hotline-backups-").FullName;
        var output = new StringWriter();
        var configuration = app.Service<IConfiguration>();
        configuration["Backup:KeyFile"] = keyFile;
        try
        {
            Assert.Equal(0, await BackupCommands.BackupAsync(app.Services, ["--to", directory], output));
        }
        finally
        {
            configuration["Backup:KeyFile"] = null;
        }
        Assert.Contains("备份完成", output.ToString());
        Assert.Contains(keyFile is null ? "未加密" : "已加密", output.ToString());
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
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Keeps_the_newest_of_each_of_the_last_seven_days_four_weeks_and_twelve_months(bool encrypted)
    {
        var now = new DateTime(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc);
        // Two a day (01:00 and 13:00 China time) for 400 days.
        var files = Enumerable.Range(0, 400).SelectMany(d => new[] { now.AddDays(-d).AddHours(-1), now.AddDays(-d).AddHours(-13) })
            .Select(at => $"/b/{Backups.FileName(at, encrypted)}").Append("/b/notes.zip").ToList();

        var expired = BackupRotation.Expired(files, now);
        var kept = files.Except(expired).Where(f => f.Contains("hotline-backup-", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain("/b/notes.zip", expired);
        Assert.Empty(BackupRotation.Expired(["/b/notes.zip", $"/b/{Backups.FileName(now.AddDays(-30), encrypted)}.part"], now));
        // 5 December 10:00 China time: the newest; of 4 December, 21:00 is kept and 09:00 goes.
        Assert.Contains($"/b/{Backups.FileName(now.AddHours(-1), encrypted)}", kept);
        Assert.Contains($"/b/{Backups.FileName(now.AddHours(-13), encrypted)}", kept);
        Assert.Contains($"/b/{Backups.FileName(now.AddDays(-1).AddHours(-1), encrypted)}", expired);
        // 29 November – 5 December by day; the weeks of 9 and 16 November (those of 23 and 30 November end in kept days);
        // January – October by month (November's and December's newest are kept days).
        Assert.Equal(7 + 2 + 10, kept.Count);
        Assert.All(kept, f => Assert.True(DateTime.ParseExact(Path.GetFileName(f)[15..30], "yyyyMMdd-HHmmss", null) > now.AddMonths(-12).AddDays(-1)));
    }
}
