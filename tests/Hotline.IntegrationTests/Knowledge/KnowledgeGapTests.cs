using Hotline.Knowledge.Contracts;
using Hotline.Knowledge.Domain;
using Hotline.Knowledge.Gaps;
using Hotline.Knowledge.Persistence;
using Hotline.Platform;
using Hotline.Platform.Slots;
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
        // A unit manager gets its own unit's figure (for its assessment page), and nothing of another unit's.
        var own = await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<IKnowledgeUpkeepFacts>().OwnUnitTimelinessAsync(now.AddDays(-30), now));
        Assert.Equal((row.UnitId, unit.DueInPeriod, unit.FixedOnTime), (own.UnitId, own.DueInPeriod, own.FixedOnTime));
        var other = await app.AsUserAsync("scjgj.mgr", sp => sp.GetRequiredService<IKnowledgeUpkeepFacts>().OwnUnitTimelinessAsync(now.AddDays(-30), now));
        Assert.NotEqual(row.UnitId, other.UnitId);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("agent", sp => sp.GetRequiredService<IKnowledgeUpkeepFacts>().OwnUnitTimelinessAsync(now.AddDays(-30), now)));
    }

    [Fact]
    public async Task A_units_reasoned_refusal_closes_the_gap_only_when_an_editor_accepts_it_and_a_refusal_sent_back_opens_it_again()
    {
        var article = await PublishedAsync(app, "缺失测试：不予修改");
        var gap = await Gaps("agent", g => g.ReportAsync(new GapReport(GapKind.Inaccurate, "标准似乎已调整", article, null, null, null)));
        var empty = await Assert.ThrowsAsync<BusinessRuleException>(() => Gaps("zjj", async g => { await g.DeclineAsync(gap, " "); return true; }));
        Assert.Equal("请填写不予修改的理由。", empty.Message);

        await Gaps("zjj", async g => { await g.DeclineAsync(gap, "收费标准未调整，现行文件仍有效"); return true; });
        GapRow Row(IReadOnlyList<GapRow> rows) => Assert.Single(rows, r => r.Id == gap);
        Assert.Equal(GapStatus.Declined, Row(await Gaps("zjj", g => g.ListAsync(openOnly: true))).Status);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Gaps("zjj.mgr", async g => { await g.ReviewDeclineAsync(gap, true, null); return true; }));
        var noReason = await Assert.ThrowsAsync<BusinessRuleException>(() => Gaps("kbeditor", async g => { await g.ReviewDeclineAsync(gap, false, ""); return true; }));
        Assert.Equal("comment", noReason.Field);

        // Sent back: open again, and reported again to Supervision's watch with its original due time.
        await Gaps("kbeditor", async g => { await g.ReviewDeclineAsync(gap, false, "请核对2026年新文件"); return true; });
        var reopened = Row(await Gaps("zjj", g => g.ListAsync(openOnly: true)));
        Assert.Equal((GapStatus.Open, "请核对2026年新文件"), (reopened.Status, reopened.ReviewNote));
        await app.WithScopeAsync(async sp => Assert.Equal(2, await sp.GetRequiredService<KnowledgeDbContext>().Outbox
            .CountAsync(m => m.EventType.EndsWith(nameof(KnowledgeGapReported)) && m.Payload.Contains(gap.ToString()))));

        await Gaps("zjj.mgr", async g => { await g.DeclineAsync(gap, "已核对新文件，标准确未调整"); return true; });
        await Gaps("kbeditor", async g => { await g.ReviewDeclineAsync(gap, true, null); return true; });
        var closed = Row(await Gaps("kbeditor", g => g.ListAsync(openOnly: false)));
        Assert.Equal((GapStatus.Fixed, "kbeditor"), (closed.Status, closed.ReviewedBy));
        Assert.DoesNotContain(await Gaps("zjj", g => g.ListAsync(openOnly: true)), r => r.Id == gap);
        await Assert.ThrowsAsync<BusinessRuleException>(() => Gaps("kbeditor", async g => { await g.ReviewDeclineAsync(gap, true, null); return true; }));
    }

    [Fact]
    public async Task A_units_home_lists_its_own_open_gaps_by_due_time_one_click_from_each_and_no_other_units()
    {
        var article = await PublishedAsync(app, "缺失测试：待我处理");
        var marketArticle = await DraftAsync(app, await InputAsync(app, "缺失测试：另一单位的知识", categoryCode: "C0403"), "scjgj");
        await SubmitAsync(app, marketArticle, "scjgj.mgr");
        await ApproveAsync(app, marketArticle);
        var later = await Gaps("agent", g => g.ReportAsync(new GapReport(GapKind.Inaccurate, "待我处理：较晚到期", article, null, null, null)));
        var sooner = await Gaps("agent", g => g.ReportAsync(new GapReport(GapKind.Expired, "待我处理：较早到期", article, null, null, "QH202612050009")));
        var late = await Gaps("supervisor", g => g.ReportAsync(new GapReport(GapKind.Inaccurate, "待我处理：已超期", article, null, null, null)));
        var market = await Gaps("agent", g => g.ReportAsync(new GapReport(GapKind.Inaccurate, "待我处理：市场监管局的", marketArticle, null, null, null)));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<KnowledgeDbContext>();
            await db.Gaps.Where(g => g.Id == later).ExecuteUpdateAsync(s => s.SetProperty(g => g.DueUtc, now.AddHours(30)));
            await db.Gaps.Where(g => g.Id == sooner).ExecuteUpdateAsync(s => s.SetProperty(g => g.DueUtc, now.AddHours(20)));
            await db.Gaps.Where(g => g.Id == late).ExecuteUpdateAsync(s => s.SetProperty(g => g.DueUtc, now.AddHours(-1)));
        });
        Task<WorkItemBatch> Items(string user) => app.AsUserAsync(user, sp => sp.GetRequiredService<GapWorkItems>().TakeAsync(100));
        static int At(WorkItemBatch batch, Guid gap) => batch.Items.ToList().FindIndex(i => i.Href == GapWorkItems.Href(gap));

        var zjj = await Items("zjj");
        Assert.True(At(zjj, late) >= 0 && At(zjj, late) < At(zjj, sooner) && At(zjj, sooner) < At(zjj, later), string.Join(" | ", zjj.Items.Select(i => i.Summary)));
        Assert.Equal(-1, At(zjj, market));
        var item = zjj.Items[At(zjj, sooner)];
        Assert.Equal((GapWorkItems.Kind, "QH202612050009", now.AddHours(20), false, $"/knowledge/unit?gap={sooner}#gaps", "处理"),
            (item.Kind, item.CaseNumber, item.DueUtc!.Value, item.Overdue, item.Href, item.ActionLabel));
        Assert.Contains("《缺失测试：待我处理》", item.Summary);
        Assert.True(zjj.Items[At(zjj, late)].Overdue);
        Assert.Equal("知识库", zjj.Items[At(zjj, later)].CaseNumber);
        var count = Assert.Single(zjj.Counts);
        Assert.Equal((GapWorkItems.Kind, "/knowledge/unit#gaps"), (count.Kind, count.Href));
        Assert.Equal(zjj.Items.Count, count.Total);
        // The manager of the same unit sees the same list; the other unit only its own gap; center roles get nothing here.
        Assert.Equal(zjj.Items.Select(i => i.Href), (await Items("zjj.mgr")).Items.Select(i => i.Href));
        var other = await Items("scjgj.mgr");
        Assert.NotEqual(-1, At(other, market));
        Assert.All(new[] { later, sooner, late }, g => Assert.Equal(-1, At(other, g)));
        var housing = (await ArticleAsync(app, article)).UnitId;
        var marketUnit = (await ArticleAsync(app, marketArticle)).UnitId;
        await app.WithScopeAsync(async sp =>
        {
            var ids = other.Items.Select(i => Guid.Parse(i.Href.Split("gap=")[1].Split('#')[0])).ToList();
            Assert.All(await sp.GetRequiredService<KnowledgeDbContext>().Gaps.Where(g => ids.Contains(g.Id)).Select(g => g.UnitId).ToListAsync(),
                u => Assert.Equal(marketUnit, u));
        });
        Assert.NotEqual(housing, marketUnit);
        Assert.Empty((await Items("agent")).Items);
        Assert.Empty((await Items("kbeditor")).Items);

        // Answered gaps leave the list: fixed, or declined (then the editor, not the unit, has it).
        await Gaps("zjj", async g => { await g.FixAsync(sooner, "已发布新版本"); return true; });
        await Gaps("zjj.mgr", async g => { await g.DeclineAsync(later, "现行文件仍有效"); return true; });
        var after = await Items("zjj");
        Assert.Equal((-1, -1), (At(after, sooner), At(after, later)));
        Assert.NotEqual(-1, At(after, late));
    }
}

public sealed class SqliteKnowledgeGapTests(SqliteApp app) : KnowledgeGapTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeGapTests(MariaDbApp app) : KnowledgeGapTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
