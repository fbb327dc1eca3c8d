using Hotline.Intake.Contracts;
using Hotline.Intake.Decisions;
using Hotline.Intake.Persistence;
using Hotline.IntegrationTests.Intake;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Contracts;
using Hotline.Knowledge.Public;
using Hotline.Knowledge.Usage;
using System.Security.Claims;
using Hotline.Testing;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Knowledge.KnowledgeTestData;

namespace Hotline.IntegrationTests.Knowledge;

/// <summary>Answers at intake: suggestions for the typed request, "answer from this article", and the usage counts.</summary>
public abstract class KnowledgeAnswersTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private async Task<Guid> PublishAsync(string title, string body, string category)
    {
        var id = await DraftAsync(app, await InputAsync(app, title, body, category));
        await SubmitAsync(app, id);
        await ApproveAsync(app, id);
        await app.DeliverEventsAsync();
        return id;
    }

    private Task<T> AsAgent<T>(Func<IKnowledgeAnswers, Task<T>> act) =>
        app.AsUserAsync("agent", sp => act(sp.GetRequiredService<IKnowledgeAnswers>()));

    /// <summary>A circuit nobody signed in to.</summary>
    private async Task<T> AnonymousAsync<T>(Func<IKnowledgeAnswers, Task<T>> act)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        return await act(scope.ServiceProvider.GetRequiredService<IKnowledgeAnswers>());
    }

    private Task<ArticleUsage> UsageAsync(Guid id) => app.WithScopeAsync(sp => sp.GetRequiredService<UsageCounter>().OfAsync(id));

    [Fact]
    public async Task The_agent_answers_a_call_from_a_suggested_article_and_the_use_is_counted_once()
    {
        var id = await PublishAsync("答复测试：犬只登记办理地点", "养犬人应当携带犬只到县公安局治安大队办理犬只登记，登记免费。", "C0101");
        var other = await PublishAsync("答复测试：犬只免疫证明", "犬只免疫可到县动物疫病预防控制中心，凭免疫证明办理登记。", "C0403");

        var suggested = await AsAgent(k => k.SuggestAsync("犬只登记在哪里办理", null));
        Assert.Contains(suggested, s => s.ArticleId == id);
        Assert.True(suggested.Count <= 5);
        // The chosen category puts its own articles first.
        var byCategory = await AsAgent(async k => await k.SuggestAsync("犬只登记", await CategoryAsync(app, "C0403")));
        Assert.Equal(other, byCategory[0].ArticleId);
        Assert.True(byCategory[0].SameCategory);
        Assert.Empty(await AsAgent(k => k.SuggestAsync("  ", null)));

        var answer = await AsAgent(k => k.AnswerAsync(id));
        Assert.NotNull(answer);
        Assert.Contains("治安大队", answer.Text);
        Assert.Contains("《答复测试：犬只登记办理地点》", answer.Text);

        var input = await IntakeTestData.ComplaintAsync(app, phone: "13900000101", content: "想问犬只登记在哪里办理");
        var decision = new IntakeDecision.AnswerOnSpot(answer.Text, new KnowledgeCitation(answer.ArticleId, answer.VersionNumber, answer.Title));
        var result = await IntakeTestData.RegisterAsync(app, input, decision);
        Assert.Equal(CaseStatus.AnsweredAtIntake, result.Status);
        // The same form submitted again hands back the case and does not count again.
        await IntakeTestData.RegisterAsync(app, input, decision);

        Assert.Equal(1, (await UsageAsync(id)).AnswerUses);
        Assert.Equal(0, (await UsageAsync(other)).AnswerUses);
        await app.WithScopeAsync(async sp =>
        {
            var timeline = await sp.GetRequiredService<IntakeDbContext>().Timeline.Where(t => t.CaseId == result.CaseId && t.Action == "直接答复").SingleAsync();
            Assert.Contains("引用知识：《答复测试：犬只登记办理地点》第 1 版", timeline.Detail);
            Assert.DoesNotContain("引用知识", timeline.PublicText);
        });
    }

    [Fact]
    public async Task A_withdrawn_article_gives_no_answer_and_only_signed_in_users_get_one()
    {
        var id = await PublishAsync("答复测试：临时占道审批", "临时占用城市道路须向县城管局申请，审批时限 5 个工作日。", "C0101");
        Assert.NotNull(await AsAgent(k => k.AnswerAsync(id)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => AnonymousAsync(k => k.AnswerAsync(id)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => AnonymousAsync(k => k.SuggestAsync("占道", null)));

        var version = (await ArticleAsync(app, id)).Version;
        await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<ArticleAuthoring>().WithdrawAsync(id, version, "政策调整"));
        await app.DeliverEventsAsync();
        Assert.Null(await AsAgent(k => k.AnswerAsync(id)));
        Assert.DoesNotContain(await AsAgent(k => k.SuggestAsync("临时占道审批", null)), s => s.ArticleId == id);
    }

    [Fact]
    public async Task Public_reads_are_counted_per_article()
    {
        var id = await PublishAsync("答复测试：公共自行车办卡", "公共自行车可凭身份证在服务点办卡，押金 200 元。", "C0101");
        for (var i = 0; i < 2; i++)
            Assert.NotNull(await app.WithScopeAsync(sp => sp.GetRequiredService<PublicKnowledge>().ArticleAsync(id, "10.9.9." + i)));
        Assert.Equal(2, (await UsageAsync(id)).Views);
        Assert.Equal(0, (await UsageAsync(id)).AnswerUses);
    }
}

public sealed class SqliteKnowledgeAnswersTests(SqliteApp app) : KnowledgeAnswersTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeAnswersTests(MariaDbApp app) : KnowledgeAnswersTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
