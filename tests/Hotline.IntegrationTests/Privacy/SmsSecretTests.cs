using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Shared;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.OnlineRatings;
using Hotline.Evaluation.Supervision;
using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Settings;
using Hotline.Evaluation.CasePanel;
using Hotline.Evaluation.Public;
using Hotline.IntegrationTests.Evaluation;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform.Admin.Notifications;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Privacy;

/// <summary>Query codes and rating tokens never rest in the notification table nor show in the admin outbox; only the sent text carries them (#13.15).</summary>
public abstract class SmsSecretTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<List<Notification>> StoredAsync(string phone) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Channel == NotificationChannel.Sms && n.Recipient == phone).ToListAsync());

    private Task<string> AdminPageTextAsync(string phone) =>
        app.AsUserAsync("admin", async sp => string.Join("\n", (await sp.GetRequiredService<NotificationAdmin>()
            .SearchAsync(new NotificationFilter { Channel = NotificationChannel.Sms, Recipient = phone }, 0, 50)).Items.Select(r => r.ToString())));

    private async Task SendAllAsync()
    {
        while (await app.Service<NotificationProcessor>().ProcessBatchAsync(CancellationToken.None) > 0) { }
    }

    [Fact]
    public async Task The_query_code_is_masked_in_the_stored_sms_and_the_admin_outbox_and_present_in_the_sent_text()
    {
        var phone = "1370012" + Random.Shared.Next(1000, 9999);
        var result = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: phone) with { SubmissionKey = Guid.NewGuid() });
        var code = Assert.IsType<string>(result.QueryCode);

        var stored = Assert.Single(await StoredAsync(phone));
        Assert.DoesNotContain(code, stored.Body);
        Assert.Contains(NotificationSecrets.Placeholder, stored.Body);
        Assert.DoesNotContain(code, stored.Secret);

        await SendAllAsync();
        var admin = await AdminPageTextAsync(phone);
        Assert.Contains(result.CaseNumber, admin);
        Assert.DoesNotContain(code, admin);
        Assert.Equal(stored.Body, Assert.Single(await StoredAsync(phone)).Body);
        Assert.Equal(NotificationStatus.Sent, Assert.Single(await StoredAsync(phone)).Status);

        var sent = Assert.Single(app.Service<RecordedSms>().To(phone));
        Assert.Contains($"查询码 {code}，", sent);
    }

    [Fact]
    public async Task The_rating_token_is_masked_in_the_stored_sms_and_the_admin_outbox_and_the_sent_link_works()
    {
        var phone = "1370013" + Random.Shared.Next(1000, 9999);
        var c = await EvaluationTestData.RepliedAsync(app, phone);
        await app.AsUserAsync("agent", sp => sp.GetRequiredService<RatingLinks>().SendAsync(c.CaseId, "https://hotline.test/"));

        var token = await EvaluationTestData.SmsTokenAsync(app, phone);
        Assert.True(token.Length >= 20);
        var stored = Assert.Single(await StoredAsync(phone), n => n.Title == "评价邀请");
        Assert.DoesNotContain(token, stored.Body);
        Assert.Contains($"/public/rate/{NotificationSecrets.Placeholder}", stored.Body);
        Assert.DoesNotContain(token, await AdminPageTextAsync(phone));
        // The sent token is the real one: the public page opens with it.
        var invitation = await app.WithScopeAsync(sp => sp.GetRequiredService<Hotline.Evaluation.Public.OnlineRating>().OpenAsync(token, "10.9.9.9"));
        Assert.Equal(c.Number, invitation.CaseNumber);
    }
}

public sealed class SqliteSmsSecretTests(SqliteApp app) : SmsSecretTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbSmsSecretTests(MariaDbApp app) : SmsSecretTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
