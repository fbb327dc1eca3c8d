using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Platform;

/// <summary>Bulk statements bypass EF's change tracker, so the database itself must refuse to rewrite history.</summary>
public abstract class AuditTamperTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Bulk_update_and_delete_of_the_audit_log_are_refused_by_the_database()
    {
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            Assert.True(await db.AuditLog.AnyAsync());
            var before = await db.AuditLog.CountAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => db.AuditLog.ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, "someone-else")));
            await Assert.ThrowsAnyAsync<Exception>(() => db.AuditLog.ExecuteDeleteAsync());
            Assert.Equal(before, await db.AuditLog.CountAsync());
            Assert.False(await db.AuditLog.AnyAsync(a => a.UserName == "someone-else"));
        });
    }
}

public sealed class SqliteAuditTamperTests(SqliteApp app) : AuditTamperTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbAuditTamperTests(MariaDbApp app) : AuditTamperTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
