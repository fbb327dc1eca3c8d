using Hotline.Platform;
using Hotline.Platform.Admin.Audit;
using Hotline.Platform.Auditing;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Auditing;

/// <summary>The audit log is append-only, and the audit page's query filters and pages on the server.</summary>
public abstract class AuditLogTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task An_audit_entry_cannot_be_modified()
    {
        var id = await AddEntryAsync("原始动作", "ImmutableProbe");
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var entry = await db.AuditLog.SingleAsync(a => a.Id == id);
            entry.Action = "篡改后的动作";
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", refused.Message);
        });
        Assert.Equal("原始动作", await ActionOfAsync(id));
    }

    [Fact]
    public async Task An_audit_entry_cannot_be_deleted()
    {
        var id = await AddEntryAsync("不可删除", "ImmutableProbe");
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.AuditLog.Remove(await db.AuditLog.SingleAsync(a => a.Id == id));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            // The synchronous path is guarded too.
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        });
        Assert.Equal("不可删除", await ActionOfAsync(id));
    }

    [Fact]
    public async Task Filters_combine_and_the_china_date_range_includes_both_whole_days()
    {
        var type = "Probe" + Guid.NewGuid().ToString("N")[..10];
        // China time: 11-23 23:59:59 | 11-24 00:00:00 … 11-25 23:59:59 | 11-26 00:00:00
        var beforeRange = await AddEntryAsync("修改用户", type, "u1", "admin", Utc(2026, 11, 23, 15, 59, 59));
        var firstInstant = await AddEntryAsync("修改用户", type, "u1", "admin", Utc(2026, 11, 23, 16, 0, 0));
        var lastInstant = await AddEntryAsync("重置密码", type, "u2", "Zjj.Mgr", Utc(2026, 11, 25, 15, 59, 59));
        var afterRange = await AddEntryAsync("重置密码", type, "u2", "admin", Utc(2026, 11, 25, 16, 0, 0));

        await app.AsUserAsync("admin", async sp =>
        {
            var audit = sp.GetRequiredService<AuditLogAdmin>();
            async Task<IReadOnlyList<long>> Ids(AuditLogFilter filter) =>
                (await audit.SearchAsync(filter, 0, 200)).Items.Select(a => a.Id).ToList();

            Assert.Equal([afterRange, lastInstant, firstInstant, beforeRange], await Ids(new() { ObjectType = type }));
            Assert.Equal([lastInstant, firstInstant],
                await Ids(new() { ObjectType = type, From = new DateOnly(2026, 11, 24), To = new DateOnly(2026, 11, 25) }));
            Assert.Equal([afterRange, lastInstant, firstInstant], await Ids(new() { ObjectType = type, From = new DateOnly(2026, 11, 24) }));
            Assert.Equal([beforeRange], await Ids(new() { ObjectType = type, To = new DateOnly(2026, 11, 23) }));
            Assert.Equal([lastInstant], await Ids(new() { ObjectType = type, UserName = "zjj" }));  // contains, any case
            Assert.Equal([afterRange, lastInstant], await Ids(new() { ObjectType = type, Action = "密码" }));
            Assert.Equal([afterRange, lastInstant], await Ids(new() { ObjectType = type, ObjectId = "u2" }));
            Assert.Equal([afterRange], await Ids(new() { ObjectType = type, ObjectId = "U2", UserName = "adm" }));
            Assert.Empty(await Ids(new() { ObjectType = type, Action = "%" })); // wildcards are taken literally
            Assert.Contains(type, await audit.ObjectTypesAsync());
        });
    }

    [Fact]
    public async Task The_list_pages_newest_first_and_can_be_reversed()
    {
        var type = "Probe" + Guid.NewGuid().ToString("N")[..10];
        var start = app.Clock.GetUtcNow().UtcDateTime;
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
            ids.Add(await AddEntryAsync("翻页", type, atUtc: start.AddMinutes(i)));

        await app.AsUserAsync("admin", async sp =>
        {
            var audit = sp.GetRequiredService<AuditLogAdmin>();
            var first = await audit.SearchAsync(new() { ObjectType = type }, 0, 2);
            var third = await audit.SearchAsync(new() { ObjectType = type }, 2, 2);
            var oldest = await audit.SearchAsync(new() { ObjectType = type }, 0, 2, oldestFirst: true);
            Assert.Equal(5, first.TotalCount);
            Assert.Equal([ids[4], ids[3]], first.Items.Select(a => a.Id));
            Assert.Equal([ids[0]], third.Items.Select(a => a.Id));
            Assert.Equal([ids[0], ids[1]], oldest.Items.Select(a => a.Id));
        });
    }

    [Fact]
    public async Task Reading_the_log_is_not_itself_audited_and_a_reversed_range_is_refused()
    {
        var count = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.CountAsync());
        await app.AsUserAsync("admin", async sp =>
        {
            var audit = sp.GetRequiredService<AuditLogAdmin>();
            await audit.SearchAsync(new AuditLogFilter(), 0, 50);
            await audit.ObjectTypesAsync();
            var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
                audit.SearchAsync(new() { From = new DateOnly(2026, 11, 25), To = new DateOnly(2026, 11, 24) }, 0, 50));
            Assert.Equal("开始日期不能晚于结束日期。", refused.Message);
        });
        // The facts of one class run one at a time, so nothing else wrote to this database meanwhile.
        Assert.Equal(count, await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.CountAsync()));
    }

    private static DateTime Utc(int y, int mo, int d, int h, int mi, int s) => new(y, mo, d, h, mi, s, DateTimeKind.Utc);

    private Task<long> AddEntryAsync(string action, string objectType, string? objectId = null, string userName = "admin", DateTime? atUtc = null) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var entry = new AuditEntry
            {
                AtUtc = atUtc ?? app.Clock.GetUtcNow().UtcDateTime, UserName = userName, Action = action,
                ObjectType = objectType, ObjectId = objectId, IpAddress = "10.0.0.8", Detail = "测试",
            };
            db.AuditLog.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

    private Task<string> ActionOfAsync(long id) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<PlatformDbContext>().AuditLog.Where(a => a.Id == id).Select(a => a.Action).SingleAsync());
}

public sealed class SqliteAuditLogTests(SqliteApp app) : AuditLogTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbAuditLogTests(MariaDbApp app) : AuditLogTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
