using Hotline.Archive.Integrity;
using Hotline.Archive.Persistence;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Archive.ArchiveTestData;

namespace Hotline.IntegrationTests.Archive;

/// <summary>完整性校验 against rows changed with raw SQL, behind the application's back; every verification is audited.</summary>
public abstract class IntegrityTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<IntegrityReport> VerifyRecordAsync(Guid id, string user = "archivist") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ArchiveIntegrity>().VerifyRecordAsync(id));

    private Task<IntegrityReport> VerifyYearAsync(int year, string user = "archivist") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ArchiveIntegrity>().VerifyYearAsync(year));

    [Fact]
    public async Task An_untouched_record_and_chain_verify_and_the_check_is_audited()
    {
        var d = await ClosedCaseAsync(app, "13900002001", withExtension: false);
        var record = Assert.Single(await RecordsAsync(app, d.CaseId));

        Assert.True((await VerifyRecordAsync(record.Id)).Intact);
        // Other tests of the class tamper with their own records in the same chain: only this record's findings count here.
        var year = await VerifyYearAsync(record.Year);
        Assert.DoesNotContain(year.Problems, p => p.ArchiveNumber == record.ArchiveNumber);
        Assert.True(year.Checked >= 1);
        var all = await app.AsUserAsync("admin", sp => sp.GetRequiredService<ArchiveIntegrity>().VerifyAllAsync());
        Assert.DoesNotContain(all.Problems, p => p.ArchiveNumber == record.ArchiveNumber);
        Assert.Equal(year.Checked, all.Checked);
        var audited = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.Action == ArchiveIntegrity.AuditAction).Select(a => a.Detail!).ToListAsync());
        Assert.Contains(audited, x => x.StartsWith($"档案 {record.ArchiveNumber}：校验 1 件，完整"));
        Assert.Contains(audited, x => x.StartsWith($"{record.Year} 年度：校验"));
    }

    [Fact]
    public async Task A_snapshot_changed_with_raw_sql_is_reported_with_its_archive_number()
    {
        var d = await ClosedCaseAsync(app, "13900002002", withExtension: false);
        var record = Assert.Single(await RecordsAsync(app, d.CaseId));

        Assert.Equal(1, await RawUpdateAsync(app, "SnapshotJson = REPLACE(SnapshotJson, '张先生', '李先生')", record.ArchiveNumber));

        var report = await VerifyRecordAsync(record.Id);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(record.ArchiveNumber, problem.ArchiveNumber);
        Assert.Contains("内容已被改动", problem.Message);
        Assert.Contains((await VerifyYearAsync(record.Year)).Problems, p => p.ArchiveNumber == record.ArchiveNumber);
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog
            .AnyAsync(a => a.Action == ArchiveIntegrity.AuditAction && a.Detail!.Contains("发现") && a.Detail.Contains(record.ArchiveNumber))));
    }

    [Fact]
    public async Task A_changed_retention_and_a_deleted_record_are_reported_exactly()
    {
        var a = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, "13900002003", withExtension: false)).CaseId));
        var b = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, "13900002004", withExtension: false)).CaseId));
        var c = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, "13900002005", withExtension: false)).CaseId));

        await RawUpdateAsync(app, "Retention = 'TenYears'", a.ArchiveNumber);
        await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Database
            .ExecuteSqlRawAsync("DELETE FROM archive_records WHERE ArchiveNumber = {0}", b.ArchiveNumber));

        var report = await VerifyYearAsync(a.Year);
        Assert.Contains(report.Problems, p => p.ArchiveNumber == a.ArchiveNumber && p.Message.Contains("登记项"));
        Assert.Contains(report.Problems, p => p.ArchiveNumber == b.ArchiveNumber && p.Message.Contains("缺失"));
        Assert.DoesNotContain(report.Problems, p => p.ArchiveNumber == c.ArchiveNumber);
        // Checked alone, the record after the gap names the missing one.
        var alone = await VerifyRecordAsync(c.Id);
        Assert.Equal(b.ArchiveNumber, Assert.Single(alone.Problems).ArchiveNumber);
    }

    [Fact]
    public async Task The_verify_archive_command_prints_each_problem_and_exits_with_2()
    {
        var record = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, "13900002006", withExtension: false)).CaseId));
        await RawUpdateAsync(app, "CaseNumber = 'QH-FORGED'", record.ArchiveNumber);

        var output = new StringWriter();
        Assert.Equal(2, await Hotline.Archive.ArchiveModule.VerifyCommandAsync(app.Services, output));
        Assert.Contains($"{record.ArchiveNumber}：档案登记项与档案哈希值不符", output.ToString());
        Assert.Contains("档案校验失败", output.ToString());
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("zjj")]
    [InlineData("assessor")]
    public async Task Verification_is_refused_to_other_roles(string user)
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => VerifyYearAsync(2026, user));
    }
}

public sealed class SqliteIntegrityTests(SqliteApp app) : IntegrityTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbIntegrityTests(MariaDbApp app) : IntegrityTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
