using System.Text.RegularExpressions;
using Hotline.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Lifecycle;

/// <summary>What a phone call is about, as the agent types it in.</summary>
public sealed record PhoneCall(string Phone, string Name, string Category, string Area, string Address, string Content, bool Complaint = true, bool Confidential = false);

/// <summary>
/// The steps people take in the browser, shared by the lifecycle scenarios. Each step works on a page
/// signed in as the right person and ends when that person can see that it worked.
/// </summary>
public sealed partial class Steps(E2EHost e2e)
{
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 30_000 };

    /// <summary>The agent registers a phone call at /intake/register; returns the case number shown.</summary>
    public async Task<string> RegisterCallAsync(IPage agent, PhoneCall call)
    {
        await e2e.GotoAsync(agent, "/intake/register");
        await agent.Locator("[data-testid=shortcuts-ready]").WaitForAsync();
        await agent.FillAsync("input[data-testid=field-phone]", call.Phone);
        await agent.Keyboard.PressAsync(call.Complaint ? "Alt+3" : "Alt+2");
        await agent.FillAsync("input[data-testid=field-name]", call.Name);
        if (call.Confidential)
            await agent.ClickAsync("[data-testid=field-confidential]");
        await agent.FillAsync("input[data-testid=field-category]", call.Category);
        await E2EHost.PickOptionAsync(agent, call.Category);
        await agent.FillAsync("input[data-testid=field-area]", call.Area);
        await E2EHost.PickOptionAsync(agent, call.Area);
        await agent.FillAsync("input[data-testid=field-address]", call.Address);
        await agent.FillAsync("textarea[data-testid=field-content]", call.Content);
        await agent.ClickAsync("[data-testid=register-save]");
        var result = agent.Locator("[data-testid=register-result]");
        // A fresh app's first registration (cold code and queries) has taken over 15 s on a loaded 2-core machine.
        await Expect(result).ToContainTextAsync("已登记工单", Slow);
        var number = NumberPattern().Match(await result.InnerTextAsync()).Value;
        Assert.NotEmpty(number);
        return number;
    }

    /// <summary>The dispatcher opens the case from the 待派单 queue (once Dispatch has received it); returns the case id.</summary>
    public async Task<Guid> OpenFromDispatchQueueAsync(IPage dispatcher, string number)
    {
        await e2e.ReloadUntilVisibleAsync(dispatcher, "/dispatch", p => p.Locator($"[data-testid=queue-row][data-case-number='{number}'] a"));
        await dispatcher.Locator($"[data-testid=queue-row][data-case-number='{number}'] a").ClickAsync();
        await E2EApp.ExpectPathAsync(dispatcher, new Regex("/dispatch/[0-9a-f-]{36}$"));
        await Expect(dispatcher.Locator("[data-testid=dispatch-case-number]")).ToContainTextAsync(number);
        return Guid.Parse(dispatcher.Url[^36..]);
    }

    /// <summary>The dispatcher takes the routing rule's suggestion and confirms; the page returns to the queue.</summary>
    public async Task DispatchBySuggestionAsync(IPage dispatcher, string number, string lead, string coUnit)
    {
        var rule = dispatcher.Locator("[data-testid=suggestion][data-source=RoutingRule]");
        await Expect(rule.Locator("[data-testid=suggestion-lead]")).ToContainTextAsync(lead);
        await rule.Locator("[data-testid=suggestion-apply]").ClickAsync();
        await Expect(dispatcher.Locator("input[data-testid=dispatch-lead]")).ToHaveValueAsync(new Regex(Regex.Escape(lead)));
        await Expect(dispatcher.Locator("[data-testid=dispatch-co-chip]")).ToHaveTextAsync([new Regex(Regex.Escape(coUnit))]);
        await Expect(dispatcher.Locator("[data-testid=preview-coopinion]")).ToBeVisibleAsync();
        await ConfirmDispatchAsync(dispatcher, number);
    }

    /// <summary>The dispatcher picks the lead unit by typing its name, without co-units, and confirms.</summary>
    public async Task DispatchToAsync(IPage dispatcher, string number, string lead)
    {
        await dispatcher.FillAsync("input[data-testid=dispatch-lead]", lead);
        await E2EHost.PickOptionAsync(dispatcher, lead);
        await Expect(dispatcher.Locator("[data-testid=preview-completion]")).ToBeVisibleAsync();
        await ConfirmDispatchAsync(dispatcher, number);
    }

    private static async Task ConfirmDispatchAsync(IPage dispatcher, string number)
    {
        await dispatcher.ClickAsync("[data-testid=dispatch-confirm]");
        await Expect(dispatcher.Locator(".mud-snackbar")).ToContainTextAsync($"工单 {number} 已派单");
        await E2EApp.ExpectPathAsync(dispatcher, new Regex("/dispatch$"));
    }

    /// <summary>A unit user opens its assignment of the case from a tab of 我的工单; returns the assignment page's path.</summary>
    public async Task<string> OpenFromInboxAsync(IPage unit, string number, string tab)
    {
        ILocator Row(IPage p) => p.Locator("[data-testid=inbox-row-number] a", new() { HasTextString = number });
        await e2e.ReloadUntilVisibleAsync(unit, $"/unit/inbox?tab={tab}", Row);
        await Row(unit).ClickAsync();
        await E2EApp.ExpectPathAsync(unit, new Regex("/unit/assignments/[0-9a-f-]{36}$"));
        await Expect(unit.Locator("[data-testid=assignment-number]")).ToContainTextAsync(number);
        return new Uri(unit.Url).AbsolutePath;
    }

    /// <summary>签收 on the assignment page.</summary>
    public static async Task SignForAsync(IPage unit)
    {
        await unit.ClickAsync("[data-testid=sign-for]");
        await Expect(unit.Locator("[data-testid=signed-at]")).ToContainTextAsync("签收");
    }

    /// <summary>Records a reached phone contact with the caller, at the time the form proposes (now).</summary>
    public static async Task RecordContactAsync(IPage unit, string note)
    {
        var before = await unit.Locator("[data-testid=contact-row]").CountAsync();
        await unit.FillAsync("textarea[data-testid=contact-note]", note);
        await unit.ClickAsync("[data-testid=contact-save]");
        await Expect(unit.Locator("[data-testid=contact-row]")).ToHaveCountAsync(before + 1);
        await Expect(unit.Locator("[data-testid=contact-list]")).ToContainTextAsync(note);
    }

    /// <summary>Submits a reply with the given result; the unit needs no manager approval in the demo county.</summary>
    public static async Task ReplyAsync(IPage unit, string result, string text)
    {
        var before = await unit.Locator("[data-testid=reply-card]").CountAsync();
        await unit.ClickAsync("[data-testid=reply-result]");
        await E2EHost.PickOptionAsync(unit, result);
        await Expect(unit.Locator("input[data-testid=reply-result]")).ToHaveValueAsync(result);
        await FillCountedAsync(unit, "textarea[data-testid=reply-text]", text);
        await unit.ClickAsync("[data-testid=reply-submit]");
        await Expect(unit.Locator("[data-testid=reply-card]")).ToHaveCountAsync(before + 1);
        await Expect(unit.Locator("[data-testid=reply-list]")).ToContainTextAsync(text);
        await Expect(unit.Locator("[data-testid=assignment-status]")).ToContainTextAsync("已答复");
    }

    /// <summary>
    /// Fills a text field whose length hint ("已输入 N 字") shows what the server holds, and fills again when a
    /// re-render of the section (a live update of the page arriving just then) replaced the text.
    /// </summary>
    public static async Task FillCountedAsync(IPage page, string selector, string text)
    {
        var counted = page.GetByText($"已输入 {text.Length} 字");
        for (var attempt = 1; ; attempt++)
        {
            await page.FillAsync(selector, text);
            try
            {
                await counted.WaitForAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>The agent opens the case from the 回访 queue once Evaluation has received the reply.</summary>
    public async Task OpenRevisitAsync(IPage agent, string number)
    {
        ILocator Row(IPage p) => p.Locator($"[data-testid=queue-row][data-case-number='{number}'] a");
        await e2e.ReloadUntilVisibleAsync(agent, "/evaluation/revisits", Row);
        await Row(agent).ClickAsync();
        await E2EApp.ExpectPathAsync(agent, new Regex("/evaluation/revisits/[0-9a-f-]{36}$"));
        await Expect(agent.Locator("[data-testid=revisit-number]")).ToHaveTextAsync(number);
        await agent.Locator("[data-testid=revisit-ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>Records a reached revisit with the caller's ratings (Rating enum names, e.g. Satisfied).</summary>
    public static async Task RecordRevisitAsync(IPage agent, bool resolved, string intakeRating, string handlingRating, string words)
    {
        await agent.ClickAsync("[data-testid=reach-reached]");
        await agent.ClickAsync(resolved ? "[data-testid=resolved-yes]" : "[data-testid=resolved-no]");
        await agent.ClickAsync($"[data-testid=intake-rating-{intakeRating}]");
        await agent.ClickAsync($"[data-testid=handling-rating-{handlingRating}]");
        await agent.FillAsync("textarea[data-testid=revisit-words]", words);
        await agent.ClickAsync("[data-testid=revisit-save]");
    }

    /// <summary>Opens the case detail page and waits until the case has the given status (it follows other modules' events).</summary>
    public async Task ExpectCaseStatusAsync(IPage page, Guid caseId, string status) =>
        await e2e.ReloadUntilVisibleAsync(page, $"/cases/{caseId}", p => p.Locator("[data-testid=case-status]", new() { HasTextString = status }));

    public static Task ExpectSnackbarAsync(IPage page, string text) =>
        Expect(page.Locator(".mud-snackbar", new() { HasTextString = text }).First).ToBeVisibleAsync(new() { Timeout = 15_000 });

    public static Task ExpectTextAsync(ILocator locator, string text) => Expect(locator).ToContainTextAsync(text, Slow);

    [GeneratedRegex(@"QH\d{12,}")]
    private static partial Regex NumberPattern();
}
