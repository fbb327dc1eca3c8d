using Hotline.Knowledge.Review;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Contracts;
using Hotline.Knowledge.Domain;
using Hotline.Knowledge.Gaps;
using Hotline.Knowledge.Persistence;
using Hotline.Platform;
using Hotline.Platform.Rules;
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

    private static GapRow Single(IReadOnlyList<GapRow> rows, Guid gap) => Assert.Single(rows, r => r.Id == gap);

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
        await Assert.ThrowsAsync<BusinessRuleException>(() => Gaps("scjgj.mgr", async g => { await g.FixAsync(onTime, null, "改好了"); return true; }));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Gaps("zjj", g => g.ReportAsync(new GapReport(GapKind.Missing, "x", article, null, null, null))));
        // A note alone fixes nothing: the version published before the report is not a fix.
        var noVersion = await Assert.ThrowsAsync<DomainRuleViolation>(() => Gaps("zjj.mgr", async g => { await g.FixAsync(onTime, null, "改好了"); return true; }));
        Assert.Equal(KnowledgeGap.FixIsAVersion.Code, noVersion.Rule.Code);

        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await ReviseAsync(app, article);
        await Gaps("zjj.mgr", async g => { await g.FixAsync(onTime, null, null); return true; });
        var fixedRow = Single(await Gaps("zjj", g => g.ListAsync(openOnly: false)), onTime);
        Assert.Equal((GapStatus.Fixed, "已发布《缺失测试：养老保险补缴》第 2 版"), (fixedRow.Status, fixedRow.FixNote));
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
    public async Task A_submitted_version_fixes_the_gap_when_published_at_the_units_answer_and_a_version_sent_back_opens_it_again()
    {
        var article = await PublishedAsync(app, "缺失测试：待发布的新版本");
        var gap = await Gaps("agent", g => g.ReportAsync(new GapReport(GapKind.Inaccurate, "收费标准已调整", article, null, null, null)));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await ReviseAsync(app, article, publish: false);
        var answeredAt = app.Clock.GetUtcNow().UtcDateTime;
        await Gaps("zjj", async g => { await g.FixAsync(gap, null, null); return true; });
        var awaiting = Single(await Gaps("zjj", g => g.ListAsync(openOnly: true)), gap);
        Assert.Equal((GapStatus.AwaitingPublication, "《缺失测试：待发布的新版本》的新版本已提交审核", article),
            (awaiting.Status, awaiting.FixNote, awaiting.FixArticleId));
        Assert.Equal(-1, (await app.AsUserAsync("zjj", sp => sp.GetRequiredService<GapWorkItems>().TakeAsync(100))).Items.ToList()
            .FindIndex(i => i.Href == GapWorkItems.Href(gap)));

        // Sent back: the gap is the unit's again, with the editor's reason, and Supervision watches it again.
        var version = (await ArticleAsync(app, article)).Version;
        await app.AsUserAsync("kbeditor", sp => sp.GetRequiredService<ArticleReviews>().SendBackAsync(article, version, "请写明调整后的标准"));
        var reopened = Single(await Gaps("zjj", g => g.ListAsync(openOnly: true)), gap);
        Assert.Equal((GapStatus.Open, "新版本被退回修改：请写明调整后的标准", (DateTime?)null), (reopened.Status, reopened.ReviewNote, reopened.FixedAtUtc));
        await app.WithScopeAsync(async sp => Assert.Equal(2, await sp.GetRequiredService<KnowledgeDbContext>().Outbox
            .CountAsync(m => m.EventType.EndsWith(nameof(KnowledgeGapReported)) && m.Payload.Contains(gap.ToString()))));

        // Submitted again and answered; published two days later, the gap counts as fixed at the unit's answer.
        var revised = await ArticleAsync(app, article);
        await app.AsUserAsync("zjj", async sp => await sp.GetRequiredService<ArticleAuthoring>().SaveAsync(article, revised.Version,
            await InputAsync(app, revised.Title, revised.Body + "一级服务每月每平方米 1.3 元。")));
        await SubmitAsync(app, article);
        answeredAt = app.Clock.GetUtcNow().UtcDateTime;
        await Gaps("zjj.mgr", async g => { await g.FixAsync(gap, null, "已写明新标准"); return true; });
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(2, await ApproveAsync(app, article));
        var done = Single(await Gaps("kbeditor", g => g.ListAsync(openOnly: false)), gap);
        Assert.Equal((GapStatus.Fixed, "已写明新标准（第 2 版已发布）", answeredAt), (done.Status, done.FixNote, done.FixedAtUtc));
    }

    [Fact]
    public async Task A_missing_gap_is_fixed_by_an_article_of_the_unit_submitted_after_the_report_and_never_by_another_units()
    {
        var category = await CategoryAsync(app, "C0101");
        var housing = (await ArticleAsync(app, await PublishedAsync(app, "缺失测试：单位定位"))).UnitId;
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var gap = await Gaps("agent", g => g.ReportAsync(new GapReport(GapKind.Missing, "没有关于电梯加装补贴的知识", null, category, housing, null)));
        Assert.Empty(await Gaps("zjj", g => g.FixChoicesAsync(gap)));
        var none = await Assert.ThrowsAsync<DomainRuleViolation>(() => Gaps("zjj", async g => { await g.FixAsync(gap, null, null); return true; }));
        Assert.Equal("请选择已补充该知识的条目。", none.Message);

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var market = await DraftAsync(app, await InputAsync(app, "缺失测试：另一单位的电梯知识", categoryCode: "C0403"), "scjgj");
        await SubmitAsync(app, market, "scjgj.mgr");
        var added = await DraftAsync(app, await InputAsync(app, "缺失测试：既有住宅加装电梯补贴"));
        var draftOnly = await DraftAsync(app, await InputAsync(app, "缺失测试：未提交的草稿"));
        await SubmitAsync(app, added);
        var choices = await Gaps("zjj", g => g.FixChoicesAsync(gap));
        Assert.Contains(choices, c => c.ArticleId == added && c.Status == ArticleStatus.Submitted);
        Assert.DoesNotContain(choices, c => c.ArticleId == market || c.ArticleId == draftOnly);
        Assert.Empty(await Gaps("scjgj", g => g.FixChoicesAsync(gap)));
        var foreign = await Assert.ThrowsAsync<DomainRuleViolation>(() => Gaps("zjj", async g => { await g.FixAsync(gap, market, null); return true; }));
        Assert.Equal(KnowledgeGap.FixWithOwnArticle.Code, foreign.Rule.Code);
        var draft = await Assert.ThrowsAsync<DomainRuleViolation>(() => Gaps("zjj", async g => { await g.FixAsync(gap, draftOnly, null); return true; }));
        Assert.Equal(KnowledgeGap.FixIsAVersion.Code, draft.Rule.Code);

        await Gaps("zjj", async g => { await g.FixAsync(gap, added, null); return true; });
        await ApproveAsync(app, added);
        var row = Single(await Gaps("kbeditor", g => g.ListAsync(openOnly: false)), gap);
        Assert.Equal((GapStatus.Fixed, added), (row.Status, row.FixArticleId));
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
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await ReviseAsync(app, article);
        await Gaps("zjj", async g => { await g.FixAsync(sooner, null, "已发布新版本"); return true; });
        await Gaps("zjj.mgr", async g => { await g.DeclineAsync(later, "现行文件仍有效"); return true; });
        var after = await Items("zjj");
        Assert.Equal((-1, -1), (At(after, sooner), At(after, later)));
        Assert.NotEqual(-1, At(after, late));
    }
}

public sealed class SqliteKnowledgeGapTests(SqliteApp app) : KnowledgeGapTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeGapTests(MariaDbApp app) : KnowledgeGapTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
