using Hotline.Knowledge.Usage;
using Hotline.Platform.Catalog;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Knowledge.KnowledgeTestData;

namespace Hotline.IntegrationTests.Knowledge;

/// <summary>The usage figures the KnowledgeEditor and the CenterAdmin read: filtered by unit and category, sorted and paged in the database.</summary>
public abstract class KnowledgeUsageReportTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<VoteState> Vote(string user, Guid article, bool helpful) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ArticleVotes>().VoteAsync(article, helpful));

    private Task<UsageList> List(string user, UsageFilter filter) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<UsageReport>().ListAsync(filter));

    [Fact]
    public async Task A_period_counts_the_reads_answers_and_votes_of_its_days_and_no_period_the_running_totals()
    {
        var article = await PublishedAsync(app, "期间统计测试：燃气开户");
        Task Count(Func<UsageCounter, Task> count) => app.WithScopeAsync(sp => count(sp.GetRequiredService<UsageCounter>()));
        await Count(async u => { await u.CountAnswerAsync(article); await u.CountViewAsync(article); await u.CountViewAsync(article); });
        await Vote("agent", article, true);
        var earlier = Hotline.Platform.Time.ChinaTime.DateOf(app.Clock.GetUtcNow().UtcDateTime);

        app.Clock.Advance(TimeSpan.FromDays(40));
        await Count(async u => { await u.CountAnswerAsync(article); await u.CountAnswerAsync(article); await u.CountViewAsync(article); });
        await Vote("supervisor", article, false);
        var today = Hotline.Platform.Time.ChinaTime.DateOf(app.Clock.GetUtcNow().UtcDateTime);

        UsageFilter In(UsagePeriod? period) => new() { Keyword = "期间统计测试", Period = period };
        var all = await List("kbeditor", In(null));
        Assert.Equal((1, 3, 3, 1, 1), (all.Rows.Count, all.Rows[0].AnswerUses, all.Rows[0].Views, all.Rows[0].Helpful, all.Rows[0].NotHelpful));
        var recent = await List("kbeditor", In(UsagePeriod.LastDays(today, 30)));
        Assert.Equal((2, 1, 0, 1), (recent.Rows[0].AnswerUses, recent.Rows[0].Views, recent.Rows[0].Helpful, recent.Rows[0].NotHelpful));
        Assert.Equal(new UsageTotals(1, 1, 2, 0, 1), recent.Totals);
        var before = await List("kbeditor", In(new UsagePeriod(earlier, earlier)));
        Assert.Equal(new UsageTotals(1, 2, 1, 1, 0), before.Totals);
        Assert.Equal((1, 2), (before.Rows[0].AnswerUses, before.Rows[0].Views));
        var empty = await List("admin", In(new UsagePeriod(earlier.AddDays(1), earlier.AddDays(2))));
        Assert.Equal(new UsageTotals(1, 0, 0, 0, 0), empty.Totals);
        // Sorted by the period's figures, not the running totals.
        var top = await app.AsUserAsync("kbeditor", sp => sp.GetRequiredService<UsageReport>().TopAsync(In(new UsagePeriod(earlier.AddDays(1), earlier.AddDays(2))), "AnswerUses"));
        Assert.Empty(top);
    }

    [Fact]
    public async Task The_editor_and_the_admin_read_the_figures_filtered_sorted_and_paged_and_units_and_agents_are_refused()
    {
        var busy = await PublishedAsync(app, "使用统计测试：甲 物业维修资金");
        var quiet = await PublishedAsync(app, "使用统计测试：乙 物业维修资金");
        var other = await DraftAsync(app, await InputAsync(app, "使用统计测试：丙 食品经营许可", categoryCode: "C0403"), "scjgj");
        await SubmitAsync(app, other, "scjgj.mgr");
        await ApproveAsync(app, other);
        var never = await DraftAsync(app, await InputAsync(app, "使用统计测试：丁 未发布草稿"));
        await app.WithScopeAsync(async sp =>
        {
            var usage = sp.GetRequiredService<UsageCounter>();
            for (var i = 0; i < 3; i++)
                await usage.CountAnswerAsync(busy);
            await usage.CountViewAsync(busy);
            for (var i = 0; i < 5; i++)
                await usage.CountViewAsync(quiet);
            await usage.CountAnswerAsync(other);
        });
        await Vote("agent", busy, true);
        await Vote("supervisor", busy, false);
        await Vote("agent", quiet, false);

        var all = await List("kbeditor", new UsageFilter { Keyword = "使用统计测试", Take = 50 });
        Assert.Equal([busy, other, quiet], all.Rows.Select(r => r.ArticleId)); // by answer uses, then views
        Assert.DoesNotContain(all.Rows, r => r.ArticleId == never);
        var row = all.Rows[0];
        Assert.Equal((1, 3, 1, 1), (row.Views, row.AnswerUses, row.Helpful, row.NotHelpful));
        Assert.NotNull(row.LastUsedAtUtc);
        Assert.Equal(new UsageTotals(3, 6, 4, 1, 2), all.Totals);

        var byViews = await List("admin", new UsageFilter { Keyword = "使用统计测试", SortBy = "Views", Descending = true });
        Assert.Equal(quiet, byViews.Rows[0].ArticleId);
        var byTitle = await List("kbeditor", new UsageFilter { Keyword = "使用统计测试", SortBy = "Title", Descending = false, Skip = 1, Take = 1 });
        Assert.Equal((3, quiet), (byTitle.Total, Assert.Single(byTitle.Rows).ArticleId));
        var unhelpful = await List("kbeditor", new UsageFilter { Keyword = "使用统计测试", SortBy = "NotHelpful", Descending = true });
        Assert.Equal(2, unhelpful.Rows.Take(2).Sum(r => r.NotHelpful));

        var housing = (await ArticleAsync(app, busy)).UnitId;
        var ofUnit = await List("kbeditor", new UsageFilter { Keyword = "使用统计测试", UnitId = housing });
        Assert.Equal([busy, quiet], ofUnit.Rows.Select(r => r.ArticleId));
        // A parent category takes the articles of the categories beneath it.
        var leaf = await CategoryAsync(app, "C0403");
        var parent = (await app.WithScopeAsync(sp => sp.GetRequiredService<ICategoryCatalog>().GetCategoryAsync(leaf)))!.ParentId!.Value;
        var ofCategory = await List("kbeditor", new UsageFilter { Keyword = "使用统计测试", CategoryId = parent });
        Assert.Equal([other], ofCategory.Rows.Select(r => r.ArticleId));

        var top = await app.AsUserAsync("kbeditor", sp => sp.GetRequiredService<UsageReport>().TopAsync(new UsageFilter { Keyword = "使用统计测试" }, "AnswerUses"));
        Assert.Equal([busy, other], top.Select(r => r.ArticleId)); // quiet was never used in an answer
        var topViews = await app.AsUserAsync("admin", sp => sp.GetRequiredService<UsageReport>().TopAsync(new UsageFilter { Keyword = "使用统计测试" }, "Views"));
        Assert.Equal([quiet, busy], topViews.Select(r => r.ArticleId));

        foreach (var user in new[] { "zjj", "zjj.mgr", "agent", "supervisor" })
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => List(user, new UsageFilter()));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
                app.AsUserAsync(user, sp => sp.GetRequiredService<UsageReport>().TopAsync(new UsageFilter(), "Views")));
        }
    }
}

public sealed class SqliteKnowledgeUsageReportTests(SqliteApp app) : KnowledgeUsageReportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeUsageReportTests(MariaDbApp app) : KnowledgeUsageReportTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
