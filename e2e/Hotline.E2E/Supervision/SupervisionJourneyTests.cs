using System.Text.RegularExpressions;
using Hotline.E2E.Infrastructure;
using Hotline.E2E.Lifecycle;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Supervision;

/// <summary>
/// Issue #15: a case goes overdue on the test clock and is reminded by itself; the Supervisor raises it to a written
/// notice and downloads the 督办单; the unit responds in the browser; the Supervisor accepts.
/// </summary>
public sealed partial class SupervisionJourneyTests(E2EApp e2e) : E2ETest(e2e)
{
    [Fact]
    public async Task An_overdue_case_is_supervised_in_writing_answered_by_the_unit_and_accepted()
    {
        var steps = new Steps(E2E);
        var agent = await E2E.SignInAsync("agent");
        var number = "";
        await ScenarioAsync("supervision-1-register", agent, async () =>
            number = await steps.RegisterCallAsync(agent, new PhoneCall("13700550501", "钱先生", "物业管理", "东城街道", "东城街道春晖小区3栋",
                "小区电梯停运一周，物业一直不维修，老人上下楼困难。")));
        var dispatcher = await E2E.SignInAsync("dispatcher");
        await ScenarioAsync("supervision-2-dispatch", dispatcher, async () =>
        {
            await steps.OpenFromDispatchQueueAsync(dispatcher, number);
            await steps.DispatchToAsync(dispatcher, number, "县住房和城乡建设局");
        });
        await agent.Context.CloseAsync();
        await dispatcher.Context.CloseAsync();

        // Nobody signs for it: the sign-for deadline (8 hours) passes and the watch opens a reminder by itself.
        E2E.Clock.Advance(TimeSpan.FromHours(9));
        var supervisor = await E2E.SignInAsync("supervisor");
        var noticeNumber = "";
        await ScenarioAsync("supervision-3-notice", supervisor, async () =>
        {
            var item = supervisor.Locator($"[data-testid=supervision-item][data-case-number='{number}']");
            await E2E.ReloadUntilVisibleAsync(supervisor, "/supervision", _ => item);
            await Expect(supervisor.Locator("[data-testid=count-overdue]")).Not.ToHaveTextAsync("0");
            await Screen(supervisor, "supervision-workbench");
            await item.Locator("a").ClickAsync();
            await Expect(supervisor.Locator("[data-testid=detail-level]")).ToHaveTextAsync("提醒督办");
            await supervisor.FillAsync("[data-testid=escalate-requirement] textarea, textarea[data-testid=escalate-requirement]",
                "请你局于三个工作日内督促物业修复电梯，并将办理结果书面回复。");
            await supervisor.ClickAsync("[data-testid=escalate]");
            await Expect(supervisor.Locator("[data-testid=detail-level]")).ToHaveTextAsync("书面督办");
            noticeNumber = (await supervisor.Locator("[data-testid=detail-notice-number]").TextContentAsync())!.Trim();
            await Screen(supervisor, "supervision-detail");
            Assert.Matches(NoticeNumber(), noticeNumber);

            var (fileName, pdf) = await Downloads.DownloadAsync(supervisor, supervisor.Locator("[data-testid=notice-download]"));
            Assert.EndsWith(".pdf", fileName);
            var text = Downloads.PdfText(pdf);
            Assert.Contains("督办单", text);
            Assert.Contains(noticeNumber, text);
            Assert.Contains(number, text);
            Assert.Contains("县住房和城乡建设局", text);
            Assert.DoesNotContain("13700550501", text);
        });

        var zjj = await E2E.SignInAsync("zjj");
        await ScenarioAsync("supervision-4-respond", zjj, async () =>
        {
            var item = zjj.Locator($"[data-testid=supervision-item][data-case-number='{number}']");
            await E2E.ReloadUntilVisibleAsync(zjj, "/unit/supervisions", _ => item);
            await item.Locator("a").ClickAsync();
            await zjj.FillAsync("[data-testid=response-text] textarea, textarea[data-testid=response-text]",
                "已约谈物业公司负责人，电梯已于当日更换控制主板并恢复运行，已回访诉求人。");
            await zjj.Locator("[data-testid=response-form] input[type=file]").SetFilesWhenReadyAsync(new FilePayload
            {
                Name = "维修后照片.png",
                MimeType = "image/png",
                Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01],
            });
            await Expect(zjj.Locator("[data-testid=response-staged]")).ToContainTextAsync("维修后照片.png");
            await zjj.ClickAsync("[data-testid=response-submit]");
            await Expect(zjj.Locator("[data-testid=detail-status]")).ToHaveTextAsync("待审核");
            await Expect(zjj.Locator("[data-testid=response-attachment]")).ToContainTextAsync("维修后照片.png");
            await Screen(zjj, "supervision-unit-response");
        });

        await ScenarioAsync("supervision-5-accept", supervisor, async () =>
        {
            await supervisor.ReloadAsync();
            await E2EHost.WaitInteractiveAsync(supervisor);
            await Expect(supervisor.Locator("[data-testid=detail-response]")).ToContainTextAsync("恢复运行");
            await supervisor.ClickAsync("[data-testid=decision-accept]");
            await Expect(supervisor.Locator("[data-testid=detail-status]")).ToHaveTextAsync("已办结");
        });
    }

    private static Task Screen(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(E2EHost.ArtifactsFolder("screens"), name + ".png"), FullPage = true });

    [GeneratedRegex(@"^督〔\d{4}〕第\d+号$")]
    private static partial Regex NoticeNumber();
}
