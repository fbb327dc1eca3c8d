using Hotline.Evaluation.OnlineRatings;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.Settings;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Persistence;
using Hotline.Platform;
using Hotline.IntegrationTests.Identity;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Evaluation.EvaluationTestData;

namespace Hotline.IntegrationTests.Evaluation;

/// <summary>The administrator's revisit settings: validated, admin-only, and in force for the next revisit.</summary>
public abstract class EvaluationSettingsTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task SaveAsync(EvaluationSettings settings, string user = "admin") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<EvaluationSettingsService>().SaveAsync(settings));

    [Fact]
    public async Task Settings_are_validated_admin_only_and_take_effect()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SaveAsync(new EvaluationSettings(), "supervisor"));
        var invalid = await Assert.ThrowsAsync<BusinessRuleException>(() => SaveAsync(new EvaluationSettings
        {
            RevisitDueWorkingDays = 0, ResponseWeight = 0.5, ResolutionWeight = 0.5, SatisfactionWeight = 0.5, PublicBaseUrl = "12345.gov",
        }));
        Assert.Contains("回访时限", invalid.Message);
        Assert.Contains("合计为 1", invalid.Message);
        Assert.Contains("公众访问地址", invalid.Message);

        await SaveAsync(new EvaluationSettings { FailedAttemptsBeforeUnreachable = 1, RedoRoundsAllowed = 0, PublicBaseUrl = "https://12345.example.gov.cn/" });
        var saved = await app.WithScopeAsync(sp => sp.GetRequiredService<EvaluationSettingsService>().GetAsync());
        Assert.Equal(("https://12345.example.gov.cn", 1, 0), (saved.PublicBaseUrl, saved.FailedAttemptsBeforeUnreachable, saved.RedoRoundsAllowed));
        // The audit log names the change as the admin page does, the stored value after it.
        Assert.Contains(await app.AuditOfAsync(EvaluationSettings.Key), e => e is { Action: "修改系统设置", ObjectType: "Setting", UserName: "admin" }
            && e.Detail!.StartsWith("回访设置：{\"", StringComparison.Ordinal));

        // One failed day now makes the case unreachable, and no automatic redo is allowed.
        var unreachable = await RepliedAsync(app, "13000000001");
        Assert.Equal(RevisitState.Closed, await RecordAsync(app, unreachable.CaseId, new RevisitInput(ReachResult.NotReached, null, null, null, null)));
        var noRedo = await RepliedAsync(app, "13000000002");
        await RecordAsync(app, noRedo.CaseId, Rated(Rating.Dissatisfied, resolved: false));
        Assert.Equal(RevisitState.AwaitingSupervisor, await FollowUpAsync(app, noRedo.CaseId, DissatisfactionCause.HandlingProblem));

        // The SMS link uses the configured public address.
        var linked = await RepliedAsync(app, "13000000003");
        await app.AsUserAsync("agent", sp => sp.GetRequiredService<RatingLinks>().SendAsync(linked.CaseId, "http://intranet:5000/"));
        var body = await app.WithScopeAsync(sp => sp.GetRequiredService<EvaluationDbContext>().Notifications
            .SingleAsync(n => n.Recipient == "13000000003" && n.Title == "评价邀请"));
        Assert.Contains("https://12345.example.gov.cn/public/rate/", body.Body);
        Assert.DoesNotContain("intranet", body.Body);
    }
}

public sealed class SqliteEvaluationSettingsTests(SqliteApp app) : EvaluationSettingsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbEvaluationSettingsTests(MariaDbApp app) : EvaluationSettingsTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
