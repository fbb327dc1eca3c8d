using Hotline.Evaluation.OnlineRatings;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Persistence;
using Hotline.Evaluation.Public;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Evaluation.EvaluationTestData;

namespace Hotline.IntegrationTests.Evaluation;

/// <summary>The single-use online rating link: sent by SMS, works once, then never again; expired and tampered links fail alike.</summary>
public abstract class OnlineRatingTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<DateTime> SendAsync(Guid caseId, string user = "agent") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<RatingLinks>().SendAsync(caseId, "https://hotline.test/"));

    private Task OpenAsync(string token, string ip = "10.1.0.1") =>
        app.WithScopeAsync(sp => sp.GetRequiredService<OnlineRating>().OpenAsync(token, ip));

    private Task SubmitAsync(string token, RevisitInput input, string ip = "10.1.0.1") =>
        app.WithScopeAsync(sp => sp.GetRequiredService<OnlineRating>().SubmitAsync(token, ip, input));

    [Fact]
    public async Task A_link_works_once_and_its_reuse_is_refused()
    {
        var c = await RepliedAsync(app, "13300000001");
        var expires = await SendAsync(c.CaseId);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddHours(72), expires);
        var token = await SmsTokenAsync(app, "13300000001");
        Assert.Equal(RatingTokens.Length, token.Length);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EvaluationDbContext>();
            var link = await db.Links.SingleAsync(l => l.CaseId == c.CaseId);
            Assert.Equal(RatingTokens.Hash(token), link.TokenHash);
            Assert.False(await db.Links.AnyAsync(l => l.TokenHash == token));   // the token itself is never stored
            Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "查看诉求人电话" && a.ObjectId == c.Number && a.Detail == RatingLinks.RevealPurpose));
        });

        var invitation = await app.WithScopeAsync(sp => sp.GetRequiredService<OnlineRating>().OpenAsync(token, "10.1.0.1"));
        Assert.Equal(c.Number, invitation.CaseNumber);
        await SubmitAsync(token, new RevisitInput(null, true, Rating.VerySatisfied, Rating.Satisfied, "办得很快"));

        var revisit = await LoadAsync(app, c.CaseId);
        Assert.Equal((RevisitState.Closed, ClosingOutcome.Satisfied, Rating.Satisfied), (revisit!.State, revisit.Outcome, revisit.HandlingRating));
        var attempt = await app.WithScopeAsync(sp => sp.GetRequiredService<EvaluationDbContext>().Attempts.SingleAsync(a => a.CaseId == c.CaseId));
        Assert.Equal((RevisitChannel.Online, ReachResult.Reached, "办得很快"), (attempt.Channel, attempt.Reach, attempt.CallerWords));
        Assert.Single(await OutboxAsync<CaseClosed>(app, c.CaseId));

        var reuse = await Assert.ThrowsAsync<BusinessRuleException>(() => SubmitAsync(token, new RevisitInput(null, false, Rating.Dissatisfied, Rating.Dissatisfied, null)));
        Assert.Equal(OnlineRating.UniformFailure, reuse.Message);
        var reopen = await Assert.ThrowsAsync<BusinessRuleException>(() => OpenAsync(token));
        Assert.Equal(OnlineRating.UniformFailure, reopen.Message);
        Assert.Single(await OutboxAsync<CaseClosed>(app, c.CaseId));
    }

    [Fact]
    public async Task An_expired_link_is_refused_with_the_uniform_message()
    {
        var c = await RepliedAsync(app, "13300000002");
        await SendAsync(c.CaseId);
        var token = await SmsTokenAsync(app, "13300000002");
        app.Clock.Advance(TimeSpan.FromHours(72).Add(TimeSpan.FromMinutes(1)));
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() => SubmitAsync(token, new RevisitInput(null, true, Rating.Satisfied, Rating.Satisfied, null), "10.1.0.2"));
        Assert.Equal(OnlineRating.UniformFailure, ex.Message);
        Assert.Equal(RevisitState.AwaitingRevisit, (await LoadAsync(app, c.CaseId))!.State);
    }

    [Fact]
    public async Task Tampered_unknown_and_superseded_links_get_the_same_message()
    {
        var c = await RepliedAsync(app, "13300000003");
        await SendAsync(c.CaseId);
        var first = await SmsTokenAsync(app, "13300000003");
        var tampered = (first[0] == 'A' ? 'B' : 'A') + first[1..];
        var unknown = RatingTokens.NewToken();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await SendAsync(c.CaseId);   // a new SMS supersedes the first link
        var second = await SmsTokenAsync(app, "13300000003");
        Assert.NotEqual(first, second);

        foreach (var token in new[] { tampered, unknown, first, first + "x", "../../admin", "" })
        {
            var ex = await Assert.ThrowsAsync<BusinessRuleException>(() => OpenAsync(token, "10.1.0.3"));
            Assert.Equal(OnlineRating.UniformFailure, ex.Message);
        }
        await OpenAsync(second, "10.1.0.3");
    }

    [Fact]
    public async Task An_incomplete_online_rating_is_refused_and_leaves_the_link_usable()
    {
        var c = await RepliedAsync(app, "13300000004");
        await SendAsync(c.CaseId);
        var token = await SmsTokenAsync(app, "13300000004");
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() => SubmitAsync(token, new RevisitInput(null, true, Rating.Satisfied, null, null), "10.1.0.4"));
        Assert.Equal("请选择办理环节评价。", ex.Message);
        await SubmitAsync(token, new RevisitInput(null, false, Rating.Satisfied, Rating.Dissatisfied, "还没修好"), "10.1.0.4");
        // Online dissatisfaction has the phone rating's consequence: the agent's follow-up.
        Assert.Equal(RevisitState.FollowUp, (await LoadAsync(app, c.CaseId))!.State);
    }

    [Fact]
    public async Task A_phone_revisit_makes_a_pending_link_invalid()
    {
        var c = await RepliedAsync(app, "13300000005");
        await SendAsync(c.CaseId);
        var token = await SmsTokenAsync(app, "13300000005");
        await RecordAsync(app, c.CaseId, Rated(Rating.Satisfied));
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() => SubmitAsync(token, new RevisitInput(null, true, Rating.Satisfied, Rating.Satisfied, null), "10.1.0.5"));
        Assert.Equal(OnlineRating.UniformFailure, ex.Message);
        await app.WithScopeAsync(async sp =>
            Assert.Equal(1, await sp.GetRequiredService<EvaluationDbContext>().Attempts.CountAsync(a => a.CaseId == c.CaseId)));
    }

    [Fact]
    public async Task Guessing_links_is_rate_limited_per_address()
    {
        for (var i = 0; i < 30; i++)
            await Assert.ThrowsAsync<BusinessRuleException>(() => OpenAsync(RatingTokens.NewToken(), "10.1.0.99"));
        var limited = await Assert.ThrowsAsync<BusinessRuleException>(() => OpenAsync(RatingTokens.NewToken(), "10.1.0.99"));
        Assert.Contains("访问过于频繁", limited.Message);
    }

    [Fact]
    public async Task Only_center_revisitors_send_links()
    {
        var c = await RepliedAsync(app, "13300000006");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SendAsync(c.CaseId, "zjj"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SendAsync(c.CaseId, "assessor"));
        await app.WithScopeAsync(async sp =>
            Assert.False(await sp.GetRequiredService<EvaluationDbContext>().Links.AnyAsync(l => l.CaseId == c.CaseId)));
    }
}

public sealed class SqliteOnlineRatingTests(SqliteApp app) : OnlineRatingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbOnlineRatingTests(MariaDbApp app) : OnlineRatingTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
