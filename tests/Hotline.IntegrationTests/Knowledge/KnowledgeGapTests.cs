using Hotline.Knowledge.Contracts;
using Hotline.Knowledge.Gaps;
using Hotline.Knowledge.Persistence;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Knowledge.KnowledgeTestData;

namespace Hotline.IntegrationTests.Knowledge;

/// <summary>Gaps: reported by the center, due in 5 working days, fixed by the owning unit only, overdue raised once, timeliness counted.</summary>
public abstract class KnowledgeGapTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<T> Gaps<T>(string user, Func<KnowledgeGaps, Task<T>> act) =>
        app.AsUserAsync(user, sp => act(sp.GetRequiredService<KnowledgeGaps>()));

    [Fact]
    public async Task The_owning_unit_alone_sees_and_fixes_a_gap_and_an_unfixed_one_is_raised_overdue_once()
    {
        var article = await PublishedAsync(app, "缺失测试：养老保险补缴");
        var onTime = await Gaps("agent", g => g.ReportAsync(new GapReport(GapKind.Inaccurate, "补缴年限已调整", article, null, null, "QH202612030001")));
        var late = await Gaps("agent", g => g.ReportAsync(new GapReport(GapKind.Expired, "文件已废止", article, null, null, null)));

        var rows = await Gaps("zjj", g => g.ListAsync(openOnly: true));
        var row = Assert.Single(rows, r => r.Id == onTime);
        Assert.True(row.DueUtc > app.Clock.GetUtcNow().UtcDateTime.AddDays(5));
        Assert.DoesNotContain(await Gaps("scjgj.mgr", g => g.ListAsync(openOnly: false)), r => r.Id == onTime);
        await Assert.ThrowsAsync<BusinessRuleException>(() => Gaps("scjgj.mgr", async g => { await g.FixAsync(onTime, "改好了"); return true; }));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Gaps("zjj", g => g.ReportAsync(new GapReport(GapKind.Missing, "x", article, null, null, null))));
        await Assert.ThrowsAsync<BusinessRuleException>(() => Gaps("zjj.mgr", async g => { await g.FixAsync(onTime, "  "); return true; }));

        await Gaps("zjj.mgr", async g => { await g.FixAsync(onTime, "已发布新版本"); return true; });
        app.Clock.Advance(TimeSpan.FromDays(12));
        // The hosted worker wakes on the advanced fake clock too and may sweep first: either way the gap is raised exactly once.
        await app.WithScopeAsync(sp => sp.GetRequiredService<GapOverdueSweep>().RunAsync());
        await app.WithScopeAsync(async sp => Assert.Equal(0, await sp.GetRequiredService<GapOverdueSweep>().RunAsync()));
        await app.WithScopeAsync(async sp =>
        {
            var payloads = await sp.GetRequiredService<KnowledgeDbContext>().Outbox
                .Where(m => m.EventType.EndsWith(nameof(KnowledgeGapOverdue))).Select(m => m.Payload).ToListAsync();
            Assert.Single(payloads, p => p.Contains(late.ToString()));
            Assert.DoesNotContain(payloads, p => p.Contains(onTime.ToString()));
        });

        var now = app.Clock.GetUtcNow().UtcDateTime;
        var figures = await app.AsUserAsync("assessor", sp => sp.GetRequiredService<IKnowledgeUpkeepFacts>().TimelinessAsync(now.AddDays(-30), now));
        var unit = Assert.Single(figures, f => f.UnitId == row.UnitId);
        Assert.True(unit.DueInPeriod >= 2 && unit.FixedOnTime >= 1 && unit.StillOpen >= 1);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<IKnowledgeUpkeepFacts>().TimelinessAsync(now.AddDays(-30), now)));
    }
}

public sealed class SqliteKnowledgeGapTests(SqliteApp app) : KnowledgeGapTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeGapTests(MariaDbApp app) : KnowledgeGapTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
