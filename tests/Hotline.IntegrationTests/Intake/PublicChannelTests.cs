using Hotline.Intake.Decisions;
using Hotline.Intake.Intercepted;
using Hotline.Intake.Registration;
using Hotline.Intake.Contracts;
using Hotline.Intake.Persistence;
using Hotline.Intake.Public;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Platform.Rules;

namespace Hotline.IntegrationTests.Intake;

public abstract class PublicChannelTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private async Task<PublicSubmissionResult> SubmitAsync(RegistrationInput input, string ip = "10.0.0.1")
    {
        var challenge = app.Service<PublicChallenge>();
        var (question, token) = challenge.Issue();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var parts = question.Replace(" = ?", "").Split(" + ");
        var answer = (int.Parse(parts[0]) + int.Parse(parts[1])).ToString();
        return await app.WithScopeAsync(sp => sp.GetRequiredService<PublicSubmissionService>().SubmitAsync(input, ip, token, answer));
    }

    [Fact]
    public async Task A_citizen_submits_and_then_follows_the_case_with_the_query_code()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13600000001");
        var result = await SubmitAsync(input with { CallerName = null });
        var progress = await app.WithScopeAsync(sp => sp.GetRequiredService<ProgressLookup>().FindAsync(result.CaseNumber, result.QueryCode, "10.0.0.2"));
        Assert.Equal(CaseStatus.PendingAcceptance, progress.Status);
        Assert.All(progress.Steps, s => Assert.DoesNotContain("agent", s.Text));

        var byPhoneTail = await app.WithScopeAsync(sp => sp.GetRequiredService<ProgressLookup>().FindAsync(result.CaseNumber, "0001", "10.0.0.2"));
        Assert.Equal(result.CaseNumber, byPhoneTail.CaseNumber);

        await app.WithScopeAsync(async sp =>
        {
            var c = await sp.GetRequiredService<IntakeDbContext>().Cases.SingleAsync(x => x.Number == result.CaseNumber);
            Assert.Equal(Channel.Website, c.Channel);
            Assert.True(c.IsAnonymous);
        });
    }

    [Fact]
    public async Task Wrong_codes_and_unknown_numbers_get_one_uniform_message()
    {
        var result = await SubmitAsync(await IntakeTestData.ComplaintAsync(app, phone: "13600000002"), ip: "10.0.0.3");
        var wrongCode = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.WithScopeAsync(sp => sp.GetRequiredService<ProgressLookup>().FindAsync(result.CaseNumber, "ZZZZZZ", "10.0.0.4")));
        var unknownCase = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.WithScopeAsync(sp => sp.GetRequiredService<ProgressLookup>().FindAsync("QH209901010001", result.QueryCode, "10.0.0.4")));
        Assert.Equal(ProgressLookup.UniformFailure, wrongCode.Message);
        Assert.Equal(ProgressLookup.UniformFailure, unknownCase.Message);
    }

    [Fact]
    public async Task Guessing_is_rate_limited_per_address()
    {
        var lookup = () => app.WithScopeAsync(sp => sp.GetRequiredService<ProgressLookup>().FindAsync("QH209901010001", "AAAAAA", "10.0.0.5"));
        for (var i = 0; i < 20; i++)
            await Assert.ThrowsAsync<BusinessRuleException>(lookup);
        var limited = await Assert.ThrowsAsync<BusinessRuleException>(lookup);
        Assert.Contains("查询过于频繁", limited.Message);
    }

    [Fact]
    public async Task An_abusive_submission_is_refused_and_recorded_for_the_center()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13600000003", content: "你们这些王八蛋什么都不管");
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() => SubmitAsync(input, ip: "10.0.0.6"));
        Assert.Contains("不文明用语", ex.Message);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntakeDbContext>();
            Assert.True(await db.InterceptedSubmissions.AnyAsync(s => s.MatchedWord == "王八蛋" && s.IpAddress == "10.0.0.6"));
            Assert.False(await db.Cases.AnyAsync(c => c.CallerPhone == "13600000003"));
        });
        var (rows, _) = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<InterceptedSubmissions>().ListAsync(0, 50));
        Assert.Contains(rows, r => r.MatchedWord == "王八蛋" && r.PhoneMasked == "136****0003");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("agent", sp => sp.GetRequiredService<InterceptedSubmissions>().ListAsync(0, 50)));
    }

    [Fact]
    public async Task A_wrong_challenge_answer_is_refused()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13600000004");
        var (_, token) = app.Service<PublicChallenge>().Issue();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.WithScopeAsync(sp => sp.GetRequiredService<PublicSubmissionService>().SubmitAsync(input, "10.0.0.7", token, "-1")));
        Assert.Contains("验证题", ex.Message);
    }

    [Fact]
    public async Task An_agent_accepts_a_pending_submission_and_a_stale_second_decision_is_refused()
    {
        var result = await SubmitAsync(await IntakeTestData.ComplaintAsync(app, phone: "13600000005"), ip: "10.0.0.8");
        var (caseId, version) = await app.WithScopeAsync(async sp =>
        {
            var c = await sp.GetRequiredService<IntakeDbContext>().Cases.SingleAsync(x => x.Number == result.CaseNumber);
            return (c.Id, c.Version);
        });
        var status = await app.AsUserAsync("agent", sp => sp.GetRequiredService<PendingDecisions>().DecideAsync(caseId, version, new IntakeDecision.Accept()));
        Assert.Equal(CaseStatus.Accepted, status);
        var second = await Assert.ThrowsAsync<DomainRuleViolation>(() =>
            app.AsUserAsync("agent", sp => sp.GetRequiredService<PendingDecisions>().DecideAsync(caseId, version, new IntakeDecision.Invalid("重复"))));
        Assert.Contains("当前状态为“待派单”", second.Message);
    }
}

public sealed class SqlitePublicChannelTests(SqliteApp app) : PublicChannelTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbPublicChannelTests(MariaDbApp app) : PublicChannelTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
