using Hotline.Platform.Auditing;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Hotline.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Auditing;

/// <summary>
/// The audit log in the database itself: raw SQL cannot change or delete an entry on either provider, and an edit
/// or deletion made with the triggers dropped (a privileged database user) is found by the hash chain's verification.
/// </summary>
public abstract class AuditChainTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private AuditChain Chain => app.Service<AuditChain>();

    [Fact]
    public async Task Raw_sql_cannot_update_or_delete_an_audit_entry()
    {
        var id = await AddEntryAsync("原始动作");
        var update = await Assert.ThrowsAnyAsync<Exception>(() => SqlAsync("UPDATE platform_audit_log SET Action = 'X' WHERE Id = {0}", id));
        Assert.Contains(AuditLogTriggers.Message, update.Message);
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => SqlAsync("DELETE FROM platform_audit_log WHERE Id = {0}", id));
        Assert.Contains(AuditLogTriggers.Message, delete.Message);
        // Filling the chain columns is allowed only alone: not together with another change, and never twice.
        await Assert.ThrowsAnyAsync<Exception>(() =>
            SqlAsync("UPDATE platform_audit_log SET ChainSeq = 999999, ChainHash = 'x', Detail = 'X' WHERE Id = {0}", id));
        await Chain.SealAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => SqlAsync("UPDATE platform_audit_log SET ChainHash = 'x' WHERE Id = {0}", id));
        await Assert.ThrowsAnyAsync<Exception>(() => SqlAsync("UPDATE platform_audit_log SET ChainSeq = NULL, ChainHash = NULL WHERE Id = {0}", id));
        var entry = await EntryAsync(id);
        Assert.Equal("原始动作", entry.Action);
        Assert.NotNull(entry.ChainHash);
    }

    [Fact]
    public async Task Entries_written_concurrently_form_one_unbroken_chain()
    {
        var writers = Enumerable.Range(0, 40).Select(i => AddEntryAsync($"并发写入{i}")).ToList();
        var sealers = Enumerable.Range(0, 4).Select(_ => Chain.SealAsync()).ToList();
        await Task.WhenAll(writers);
        await Task.WhenAll(sealers);
        await Chain.SealAsync();

        var report = await Chain.VerifyAsync();
        Assert.True(report.Intact, report.Problem);
        Assert.Equal(0, report.Unsealed);
        var positions = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog
            .Select(a => a.ChainSeq!.Value).OrderBy(s => s).ToListAsync());
        Assert.Equal(Enumerable.Range(1, positions.Count).Select(i => (long)i), positions);
    }

    [Fact]
    public async Task An_edit_or_a_deletion_behind_the_triggers_is_reported_at_that_entry()
    {
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
            ids.Add(await AddEntryAsync($"链上记录{i}"));
        await Chain.SealAsync();
        Assert.True((await Chain.VerifyAsync()).Intact);

        await DropTriggersAsync();
        try
        {
            // An edit: the entry itself no longer matches its hash.
            var edited = ids[2];
            await SqlAsync("UPDATE platform_audit_log SET Detail = '改过的内容' WHERE Id = {0}", edited);
            var report = await Chain.VerifyAsync();
            Assert.Equal(edited, report.FirstBrokenId);
            var output = new StringWriter();
            Assert.Equal(2, await VerifyAuditCommand.RunAsync(app.Services, output));
            Assert.Contains($"Id={edited}", output.ToString());
            await SqlAsync("UPDATE platform_audit_log SET Detail = '测试' WHERE Id = {0}", edited);
            Assert.True((await Chain.VerifyAsync()).Intact);

            // A deletion: the next entry's position shows the gap.
            var deleted = await EntryAsync(ids[3]);
            await SqlAsync("DELETE FROM platform_audit_log WHERE Id = {0}", deleted.Id);
            Assert.Equal(ids[4], (await Chain.VerifyAsync()).FirstBrokenId);
            await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Database.ExecuteSqlRawAsync(
                "INSERT INTO platform_audit_log (Id, AtUtc, UserId, UserName, Action, ObjectType, ObjectId, Detail, IpAddress, ChainSeq, ChainHash) " +
                "VALUES ({0}, {1}, NULLIF({2}, ''), {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10})",
                deleted.Id, deleted.AtUtc, "", deleted.UserName, deleted.Action, deleted.ObjectType, deleted.ObjectId!,
                deleted.Detail!, deleted.IpAddress!, deleted.ChainSeq!, deleted.ChainHash!));
        }
        finally
        {
            await RestoreTriggersAsync();
        }
        Assert.True((await Chain.VerifyAsync()).Intact);
        var ok = new StringWriter();
        Assert.Equal(0, await VerifyAuditCommand.RunAsync(app.Services, ok));
        Assert.Contains("审计日志完整", ok.ToString());
    }

    private Task DropTriggersAsync() => app.WithScopeAsync(async sp =>
    {
        foreach (var sql in AuditLogTriggers.Drop)
            await sp.GetRequiredService<PlatformDbContext>().Database.ExecuteSqlRawAsync(sql);
    });

    private Task RestoreTriggersAsync() => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PlatformDbContext>();
        foreach (var sql in AuditLogTriggers.Drop.Concat(app.Provider == DatabaseProvider.MySql ? AuditLogTriggers.MySql : AuditLogTriggers.Sqlite))
            await db.Database.ExecuteSqlRawAsync(sql);
    });

    private Task<int> SqlAsync(string sql, long id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Database.ExecuteSqlRawAsync(sql, id));

    private Task<AuditEntry> EntryAsync(long id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking().SingleAsync(a => a.Id == id));

    private Task<long> AddEntryAsync(string action) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var entry = new AuditEntry
            {
                AtUtc = app.Clock.GetUtcNow().UtcDateTime, UserName = "admin", Action = action,
                ObjectType = "ChainProbe", ObjectId = "1", IpAddress = "10.0.0.8", Detail = "测试",
            };
            db.AuditLog.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
}

public sealed class SqliteAuditChainTests(SqliteApp app) : AuditChainTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbAuditChainTests(MariaDbApp app) : AuditChainTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
