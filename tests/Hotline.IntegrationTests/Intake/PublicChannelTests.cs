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
using Hotline.Intake.Settings;

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

        var byPhone = await app.WithScopeAsync(sp => sp.GetRequiredService<ProgressLookup>().FindAsync(result.CaseNumber, "136 0000 0001", "10.0.0.2"));
        Assert.Equal(result.CaseNumber, byPhone.CaseNumber);

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
        var i = 0;
        // Different numbers each time, so the per-case lock does not answer first.
        var lookup = () => app.WithScopeAsync(sp => sp.GetRequiredService<ProgressLookup>().FindAsync($"QH20990102{i++:0000}", "AAAAAA", "10.0.0.5"));
        for (var n = 0; n < ProgressLookup.LookupsPerAddress; n++)
            Assert.Equal(ProgressLookup.UniformFailure, (await Assert.ThrowsAsync<BusinessRuleException>(lookup)).Message);
        var limited = await Assert.ThrowsAsync<BusinessRuleException>(lookup);
        Assert.Contains("查询过于频繁", limited.Message);
    }

    [Fact]
    public async Task The_last_four_digits_no_longer_open_a_case()
    {
        var result = await SubmitAsync(await IntakeTestData.ComplaintAsync(app, phone: "13600000011"), ip: "10.0.1.1");
        foreach (var secret in new[] { "0011", "00000011", "1360000001" })
        {
            var ex = await Assert.ThrowsAsync<BusinessRuleException>(() =>
                app.WithScopeAsync(sp => sp.GetRequiredService<ProgressLookup>().FindAsync(result.CaseNumber, secret, "10.0.1.2")));
            Assert.Equal(ProgressLookup.UniformFailure, ex.Message);
        }
    }

    [Fact]
    public async Task Five_failures_lock_a_case_number_from_every_address_for_fifteen_minutes()
    {
        var result = await SubmitAsync(await IntakeTestData.ComplaintAsync(app, phone: "13600000012"), ip: "10.0.1.3");
        Task<PublicProgress> Find(string number, string code, int from) =>
            app.WithScopeAsync(sp => sp.GetRequiredService<ProgressLookup>().FindAsync(number, code, $"10.0.2.{from}"));

        // Guesses from rotating addresses, each within its address limit.
        for (var n = 0; n < CaseLookupLockout.MaxFailures; n++)
            Assert.Equal(ProgressLookup.UniformFailure, (await Assert.ThrowsAsync<BusinessRuleException>(() => Find(result.CaseNumber, $"13600000{n:000}", n))).Message);
        var locked = await Assert.ThrowsAsync<BusinessRuleException>(() => Find(result.CaseNumber, result.QueryCode, 50));
        Assert.Equal(ProgressLookup.LockedOut, locked.Message);

        // A number that does not exist locks alike, so the lock tells nobody which numbers are real.
        for (var n = 0; n < CaseLookupLockout.MaxFailures; n++)
            await Assert.ThrowsAsync<BusinessRuleException>(() => Find("QH209901030001", "AAAAAA", 60 + n));
        Assert.Equal(ProgressLookup.LockedOut, (await Assert.ThrowsAsync<BusinessRuleException>(() => Find("QH209901030001", "AAAAAA", 70))).Message);

        app.Clock.Advance(TimeSpan.FromMinutes(14));
        await Assert.ThrowsAsync<BusinessRuleException>(() => Find(result.CaseNumber, result.QueryCode, 51));
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(result.CaseNumber, (await Find(result.CaseNumber, result.QueryCode, 52)).CaseNumber);
    }

    [Fact]
    public async Task A_challenge_token_is_good_for_one_try_only()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13600000013");
        var (question, token) = app.Service<PublicChallenge>().Issue();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var parts = question.Replace(" = ?", "").Split(" + ");
        var answer = (int.Parse(parts[0]) + int.Parse(parts[1])).ToString();
        Task<PublicSubmissionResult> Submit(string a, RegistrationInput i) =>
            app.WithScopeAsync(sp => sp.GetRequiredService<PublicSubmissionService>().SubmitAsync(i, "10.0.1.4", token, a));

        // A wrong answer uses the token up: the right one cannot follow on the same token.
        await Assert.ThrowsAsync<BusinessRuleException>(() => Submit("-1", input));
        var reused = await Assert.ThrowsAsync<BusinessRuleException>(() => Submit(answer, input));
        Assert.Contains("验证题", reused.Message);
        await app.WithScopeAsync(async sp =>
            Assert.False(await sp.GetRequiredService<IntakeDbContext>().Cases.AnyAsync(c => c.CallerPhone == "13600000013")));

        // Nor can a successful token be replayed for a second submission.
        var first = await SubmitAsync(input with { SubmissionKey = Guid.NewGuid() }, ip: "10.0.1.5");
        Assert.NotEmpty(first.CaseNumber);
        var (q2, t2) = app.Service<PublicChallenge>().Issue();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var p2 = q2.Replace(" = ?", "").Split(" + ");
        var a2 = (int.Parse(p2[0]) + int.Parse(p2[1])).ToString();
        await app.WithScopeAsync(sp => sp.GetRequiredService<PublicSubmissionService>().SubmitAsync(input with { SubmissionKey = Guid.NewGuid() }, "10.0.1.6", t2, a2));
        var replay = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.WithScopeAsync(sp => sp.GetRequiredService<PublicSubmissionService>().SubmitAsync(input with { SubmissionKey = Guid.NewGuid() }, "10.0.1.7", t2, a2)));
        Assert.Contains("验证题", replay.Message);
    }

    [Fact]
    public async Task A_number_gets_a_limited_number_of_texts_and_the_refusal_says_nothing_about_the_number()
    {
        var limit = (await app.WithScopeAsync(sp => sp.GetRequiredService<IntakeSettingsService>().GetAsync())).PublicSubmissionsPerPhonePerDay;
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13600000014");
        // From a new address each time: the address limit is not what stops it.
        for (var n = 0; n < limit; n++)
            await SubmitAsync(input with { SubmissionKey = Guid.NewGuid() }, ip: $"10.0.3.{n}");
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => SubmitAsync(input with { SubmissionKey = Guid.NewGuid() }, ip: "10.0.3.99"));
        Assert.Equal(PublicSubmissionService.Throttled, refused.Message);
        Assert.DoesNotContain("手机", refused.Message);
        await app.WithScopeAsync(async sp =>
            Assert.Equal(limit, await sp.GetRequiredService<IntakeDbContext>().Cases.CountAsync(c => c.CallerPhone == "13600000014")));

        // The address limit refuses with the very same words.
        var perAddress = (await app.WithScopeAsync(sp => sp.GetRequiredService<IntakeSettingsService>().GetAsync())).PublicSubmissionsPerIpPerHour;
        var other = await IntakeTestData.ComplaintAsync(app, phone: "13600000015");
        BusinessRuleException? byAddress = null;
        for (var n = 0; n <= perAddress && byAddress is null; n++)
        {
            try { await SubmitAsync(other with { SubmissionKey = Guid.NewGuid(), CallerPhone = $"136000001{20 + n}" }, ip: "10.0.3.200"); }
            catch (BusinessRuleException e) { byAddress = e; }
        }
        Assert.Equal(PublicSubmissionService.Throttled, byAddress?.Message);
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
