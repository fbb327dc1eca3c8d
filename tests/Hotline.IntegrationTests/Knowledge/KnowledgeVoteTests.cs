using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Contracts;
using Hotline.Knowledge.Persistence;
using Hotline.Knowledge.Usage;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Knowledge.KnowledgeTestData;

namespace Hotline.IntegrationTests.Knowledge;

/// <summary>有用/没用 from the center on an article's live version: one vote per user and version, concurrent clicks counted once.</summary>
public abstract class KnowledgeVoteTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<VoteState> Vote(string user, Guid article, bool helpful) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ArticleVotes>().VoteAsync(article, helpful));

    private Task<VoteState> State(string user, Guid article) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ArticleVotes>().StateAsync(article));

    private Task<int> VoteRowsAsync(Guid article) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<KnowledgeDbContext>().Votes.CountAsync(v => v.ArticleId == article));

    [Fact]
    public async Task Each_center_user_has_one_vote_per_version_which_they_may_change_and_a_new_version_starts_afresh()
    {
        var id = await PublishedAsync(app, "评价测试：公租房申请条件");

        var first = await Vote("agent", id, helpful: true);
        Assert.Equal((1, 1, 0, (bool?)true), (first.VersionNumber!.Value, first.Helpful, first.NotHelpful, first.Mine));
        // The same vote again changes nothing; a changed vote moves the one vote across.
        await Vote("agent", id, helpful: true);
        Assert.Equal((1, 0), ((await State("agent", id)).Helpful, (await State("agent", id)).NotHelpful));
        var changed = await Vote("agent", id, helpful: false);
        Assert.Equal((0, 1, (bool?)false), (changed.Helpful, changed.NotHelpful, changed.Mine));
        await Vote("supervisor", id, helpful: true);
        await Vote("kbeditor", id, helpful: true);
        var seen = await State("dispatcher", id);
        Assert.Equal((2, 1, (bool?)null, true), (seen.Helpful, seen.NotHelpful, seen.Mine, seen.MayVote));
        Assert.Equal(3, await VoteRowsAsync(id));

        // Units see the tallies of knowledge but do not grade it, their own included.
        var unit = await State("zjj", id);
        Assert.Equal((2, 1, false), (unit.Helpful, unit.NotHelpful, unit.MayVote));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Vote("zjj.mgr", id, true));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Vote("scjgj", id, false));

        // The unit publishes version 2: the votes judged version 1's text, version 2 starts with none.
        var article = await ArticleAsync(app, id);
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ArticleAuthoring>().SaveAsync(id, article.Version,
            new ArticleInput { Title = article.Title, Body = article.Body + "（2026 年修订）", CategoryId = article.CategoryId, IsPublic = true }));
        await SubmitAsync(app, id);
        await ApproveAsync(app, id);
        var fresh = await State("agent", id);
        Assert.Equal((2, 0, 0, (bool?)null), (fresh.VersionNumber!.Value, fresh.Helpful, fresh.NotHelpful, fresh.Mine));
        await Vote("agent", id, helpful: true);
        Assert.Equal(4, await VoteRowsAsync(id));

        // Withdrawn, nothing is live to vote on.
        var live = (await ArticleAsync(app, id)).Version;
        await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<ArticleAuthoring>().WithdrawAsync(id, live, "政策调整"));
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => Vote("agent", id, true));
        Assert.Equal(ArticleVotes.NothingLive, refused.Message);
    }

    [Fact]
    public async Task Clicks_at_once_by_the_same_user_leave_one_vote()
    {
        var id = await PublishedAsync(app, "评价测试：同时点击");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Vote("agent", id, helpful: i % 2 == 0)));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Vote("supervisor", id, helpful: false)));

        Assert.Equal(2, await VoteRowsAsync(id));
        var state = await State("kbeditor", id);
        Assert.Equal(2, state.Helpful + state.NotHelpful);
        Assert.True(state.NotHelpful >= 1);
    }

    [Fact]
    public async Task Intake_votes_through_the_contract_and_sees_its_own_vote_on_the_suggestions()
    {
        var id = await PublishedAsync(app, "评价测试：电动车充电桩安装审批");
        await app.DeliverEventsAsync();
        var before = await app.AsUserAsync("agent", sp => sp.GetRequiredService<IKnowledgeAnswers>().SuggestAsync("充电桩安装审批", null));
        Assert.Null(Assert.Single(before, s => s.ArticleId == id).MyVote);

        var vote = await app.AsUserAsync("agent", sp => sp.GetRequiredService<IKnowledgeAnswers>().VoteAsync(id, helpful: false));
        Assert.Equal((1, false, 0, 1), (vote.VersionNumber, vote.Helpful, vote.HelpfulCount, vote.NotHelpfulCount));
        var after = await app.AsUserAsync("agent", sp => sp.GetRequiredService<IKnowledgeAnswers>().SuggestAsync("充电桩安装审批", null));
        Assert.False(Assert.Single(after, s => s.ArticleId == id).MyVote);
        // Another agent's suggestions show their own vote, not this one's.
        var others = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<IKnowledgeAnswers>().SuggestAsync("充电桩安装审批", null));
        Assert.Null(Assert.Single(others, s => s.ArticleId == id).MyVote);
    }
}

public sealed class SqliteKnowledgeVoteTests(SqliteApp app) : KnowledgeVoteTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeVoteTests(MariaDbApp app) : KnowledgeVoteTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
