using System.Text.RegularExpressions;
using Hotline.E2E.Infrastructure;
using Hotline.Platform.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Lifecycle;

/// <summary>
/// Scenario 2: a citizen submits online, gets a number and a query code, follows the case through the
/// public lookup (which never shows anything private), and rates it through the SMS link.
/// </summary>
public abstract partial class OnlineSubmissionTests<THost>(THost e2e) : E2EScenario<THost>(e2e) where THost : E2EHost
{
    private const string Phone = "13966660202";
    private const string Name = "赵女士";

    [Fact]
    public async Task A_citizen_submits_online_follows_the_case_and_rates_it_through_the_sms_link()
    {
        var steps = new Steps(E2E);
        var citizen = await E2E.Browser.NewPageAsync();
        string number = "", code = "";
        await ScenarioAsync("online-1-submit", citizen, async () =>
        {
            await SubmitAsync(citizen, "小区门口的路灯坏了一个多月，晚上很黑，老人孩子出行不安全，请尽快修复。");
            await Expect(citizen.Locator("[data-testid=public-result]")).ToBeVisibleAsync();
            number = await citizen.Locator("[data-testid=public-number]").InnerTextAsync();
            code = await citizen.Locator("[data-testid=public-code]").InnerTextAsync();
            Assert.Matches(@"^QH\d{12,}$", number);
            Assert.NotEmpty(code);
            await ExpectTrackedStatusAsync(citizen, number, code, "待受理");
        });

        E2E.Clock.Advance(TimeSpan.FromMinutes(5));
        var agent = await E2E.SignInAsync("agent");
        await ScenarioAsync("online-2-accept", agent, async () =>
        {
            await E2E.GotoAsync(agent, "/intake/pending");
            await agent.Locator("[data-testid=pending-list] .mud-list-item", new() { HasTextString = number }).ClickAsync();
            await Expect(agent.Locator("[data-testid=pending-detail]")).ToContainTextAsync("路灯坏了一个多月");
            await agent.ClickAsync("[data-testid=pending-save]");
            await Steps.ExpectSnackbarAsync(agent, $"工单 {number} 已处理：待派单");
            await Expect(agent.Locator("[data-testid=pending-list]")).Not.ToContainTextAsync(number);
        });

        E2E.Clock.Advance(TimeSpan.FromMinutes(5));
        var dispatcher = await E2E.SignInAsync("dispatcher");
        await ScenarioAsync("online-3-dispatch", dispatcher, async () =>
        {
            await steps.OpenFromDispatchQueueAsync(dispatcher, number);
            await steps.DispatchToAsync(dispatcher, number, "县住房和城乡建设局");
        });

        await ScenarioAsync("online-4-track-dispatched", citizen, async () =>
        {
            await ExpectTrackedStatusAsync(citizen, number, code, "已派单");
            var shown = await citizen.Locator("[data-testid=track-result]").InnerTextAsync();
            Assert.DoesNotContain(Phone, shown);
            Assert.DoesNotContain(Phone[^4..], shown);
            Assert.DoesNotContain(Name, shown);
            Assert.DoesNotContain("dispatcher", shown);
        });

        E2E.Clock.Advance(TimeSpan.FromMinutes(5));
        var zjj = await E2E.SignInAsync("zjj");
        await ScenarioAsync("online-5-handle", zjj, async () =>
        {
            await steps.OpenFromInboxAsync(zjj, number, "signfor");
            await Steps.SignForAsync(zjj);
            await Steps.RecordContactAsync(zjj, "已电话联系赵女士，约定明天到现场查看。");
            await Steps.ReplyAsync(zjj, "已解决", "已安排物业公司更换路灯灯具，现路灯已恢复照明，感谢您的监督。");
        });

        E2E.Clock.Advance(TimeSpan.FromMinutes(5));
        var link = "";
        await ScenarioAsync("online-6-send-link", agent, async () =>
        {
            await steps.OpenRevisitAsync(agent, number);
            await agent.ClickAsync("[data-testid=send-link]");
            await Steps.ExpectSnackbarAsync(agent, "评价链接已发送");
            await Expect(agent.Locator("[data-testid=link-status]")).ToContainTextAsync("已发送评价链接");
            link = await RatingLinkSentToAsync(Phone);
        });

        await ScenarioAsync("online-7-rate", citizen, async () =>
        {
            Assert.StartsWith(E2E.BaseAddress + "/public/rate/", link);
            await citizen.GotoAsync(link);
            await Expect(citizen.Locator("[data-testid=rate-number]")).ToHaveTextAsync(number);
            await citizen.Locator("[data-testid=rate-resolved] label", new() { HasTextString = "已解决" }).Locator("input").CheckAsync();
            await citizen.Locator("[data-testid=rate-intake] label", new() { HasTextString = "非常满意" }).Locator("input").CheckAsync();
            await citizen.Locator("[data-testid=rate-handling] label", new() { HasTextString = "非常满意" }).Locator("input").CheckAsync();
            await citizen.FillAsync("[data-testid=rate-comment]", "路灯修好了，很及时。");
            await citizen.ClickAsync("[data-testid=rate-submit]");
            await Expect(citizen.Locator("[data-testid=rate-done]")).ToContainTextAsync("感谢您的评价");

            // The link works once only.
            await citizen.GotoAsync(link);
            await Expect(citizen.Locator("[data-testid=rate-error]")).ToBeVisibleAsync();
            await Expect(citizen.Locator("[data-testid=rate-submit]")).ToHaveCountAsync(0);

            await ExpectTrackedStatusAsync(citizen, number, code, "已办结");
        });
    }

    private async Task SubmitAsync(IPage page, string content)
    {
        await page.GotoAsync($"{E2E.BaseAddress}/public/submit");
        await page.SelectOptionAsync("[data-testid=public-type]", new SelectOptionValue { Label = "求助" });
        await page.SelectOptionAsync("[data-testid=public-category]", new SelectOptionValue { Label = "物业管理" });
        var area = await page.Locator("[data-testid=public-area] option", new() { HasTextString = "桃园镇" }).First.GetAttributeAsync("value");
        await page.SelectOptionAsync("[data-testid=public-area]", area!);
        await page.FillAsync("[data-testid=public-address]", "桃园镇幸福花园小区东门");
        await page.FillAsync("[data-testid=public-content]", content);
        await page.FillAsync("[data-testid=public-phone]", Phone);
        await page.FillAsync("[data-testid=public-name]", Name);
        var question = await page.Locator("label[for=answer]").InnerTextAsync();
        var m = SumPattern().Match(question);
        await page.FillAsync("[data-testid=public-answer]", (int.Parse(m.Groups[1].Value) + int.Parse(m.Groups[2].Value)).ToString());
        // A person takes a while to fill the form; the challenge refuses instant submissions.
        E2E.Clock.Advance(TimeSpan.FromSeconds(20));
        await page.ClickAsync("[data-testid=public-submit]");
    }

    /// <summary>The public lookup; it is re-queried until the status arrives, as it follows other modules' events.</summary>
    private async Task ExpectTrackedStatusAsync(IPage page, string number, string code, string status)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await page.GotoAsync($"{E2E.BaseAddress}/public/track");
            await page.FillAsync("[data-testid=track-number]", number);
            await page.FillAsync("[data-testid=track-code]", code);
            await page.ClickAsync("[data-testid=track-submit]");
            var shown = page.Locator("[data-testid=track-status]");
            await shown.WaitForAsync();
            if (await shown.InnerTextAsync() == status || watch.Elapsed > Waiting.Patience)
                break;
            await page.WaitForTimeoutAsync(1_000);
        }
        await Expect(page.Locator("[data-testid=track-status]")).ToHaveTextAsync(status);
    }

    /// <summary>
    /// What the SMS gateway delivered to the caller's phone: the newest message's link. The stored notification holds
    /// only a placeholder for the secret; the text as sent is kept by the recording sender.
    /// </summary>
    private async Task<string> RatingLinkSentToAsync(string phone)
    {
        var processor = E2E.App.Services.GetRequiredService<NotificationProcessor>();
        var sent = E2E.App.Services.GetRequiredService<RecordedSms>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await processor.ProcessBatchAsync(CancellationToken.None);
            var link = sent.To(phone).Select(text => LinkPattern().Match(text).Value).LastOrDefault(l => l.Length > 0);
            if (link is not null || watch.Elapsed > Waiting.Patience)
                return link ?? "";
            await Task.Delay(500);
        }
    }

    [GeneratedRegex(@"(\d+) \+ (\d+)")]
    private static partial Regex SumPattern();

    [GeneratedRegex(@"https?://\S+/public/rate/[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}

public sealed class SqliteOnlineSubmissionTests(E2EApp e2e) : OnlineSubmissionTests<E2EApp>(e2e), IClassFixture<E2EApp>;

public sealed class MariaDbOnlineSubmissionTests(MariaDbE2EApp e2e) : OnlineSubmissionTests<MariaDbE2EApp>(e2e), IClassFixture<MariaDbE2EApp>;
