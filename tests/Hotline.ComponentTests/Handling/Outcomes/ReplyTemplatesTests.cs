using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Handling.Contact;
using Hotline.Handling.Contracts;
using Hotline.Handling.Persistence;
using Hotline.Handling.Replies;
using Hotline.Handling.Replies.Templates;
using Hotline.Handling.Settings;
using Hotline.Handling.SignFor;
using Hotline.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Handling.Outcomes;

/// <summary>Issue #18.13: 常用语 kept by the center and by each unit, inserted into a reply with one click.</summary>
public sealed class ReplyTemplatesTests : ComponentTestBase
{
    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_handler_inserts_the_units_and_the_centers_phrases_into_the_reply()
    {
        await SignInAsync("admin");
        await Services.GetRequiredService<ReplyTemplates>().SaveCenterAsync("感谢您对12345热线工作的支持。");
        await SignInAsync("zjj.mgr");
        var popovers = RenderProviders();
        var settings = Render<UnitSettingsPage>();
        settings.WaitForAssertion(() => settings.Find("[data-testid=templates-editor]"));
        settings.Find("[data-testid=templates-text] textarea, textarea[data-testid=templates-text]").Change("经现场核查，已督促物业公司整改。\n经现场核查，已督促物业公司整改。");
        settings.Find("[data-testid=templates-save]").Click();
        settings.WaitForAssertion(() => Assert.Contains("第 2 行与前面的常用语重复", settings.Find(".mud-input-error").TextContent));
        settings.Find("[data-testid=templates-text] textarea, textarea[data-testid=templates-text]").Change("经现场核查，已督促物业公司整改。");
        settings.Find("[data-testid=templates-save]").Click();
        settings.WaitForAssertion(() => Assert.Empty(settings.FindAll(".mud-input-error")));

        await SignInAsync("agent");
        var (_, assignmentId) = await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-1), "小区电梯停运多日无人维修");
        await SignInAsync("zjj");
        await using (var db = await Services.GetRequiredService<IDbContextFactory<HandlingDbContext>>().CreateDbContextAsync())
            await Services.GetRequiredService<SignForService>().SignForAsync(assignmentId, (await db.Assignments.SingleAsync(a => a.Id == assignmentId)).Version);
        await Services.GetRequiredService<ContactService>().RecordAsync(assignmentId, new ContactInput(Now, ContactMethod.Phone, true, "已电话联系"));
        var reply = Render<ReplySection>(p => p.Add(x => x.AssignmentId, assignmentId));
        reply.WaitForAssertion(() => reply.Find("[data-testid=reply-templates]"));
        reply.Find("[data-testid=reply-templates] button").Click();
        popovers.WaitForAssertion(() => Assert.Equal(2, popovers.FindAll("[data-testid=reply-template]").Count));
        // The unit's own phrases come first, then the center's. Found and clicked in one go: the list re-renders as it opens.
        await popovers.InvokeAsync(() => popovers.FindAll("[data-testid=reply-template]")[0].Click());
        reply.WaitForAssertion(() => Assert.Contains("经现场核查", reply.Markup));
        await reply.InvokeAsync(() => reply.Find("[data-testid=reply-templates] button").Click());
        popovers.WaitForAssertion(() => Assert.Equal(2, popovers.FindAll("[data-testid=reply-template]").Count));
        await popovers.InvokeAsync(() => popovers.FindAll("[data-testid=reply-template]")[1].Click());

        reply.WaitForAssertion(() => Assert.Equal("经现场核查，已督促物业公司整改。\n感谢您对12345热线工作的支持。",
            reply.Find("textarea[data-testid=reply-text], [data-testid=reply-text] textarea").GetAttribute("value")
            ?? reply.Find("textarea[data-testid=reply-text], [data-testid=reply-text] textarea").TextContent));
    }

    [Fact]
    public async Task Another_unit_does_not_see_the_phrases_and_a_handler_cannot_change_them()
    {
        await SignInAsync("zjj.mgr");
        await Services.GetRequiredService<ReplyTemplates>().SaveUnitAsync("住建局内部常用语");
        await SignInAsync("scjgj");
        Assert.Empty((await Services.GetRequiredService<ReplyTemplates>().GetAsync()).Unit);
        await SignInAsync("zjj");
        Assert.Equal(["住建局内部常用语"], (await Services.GetRequiredService<ReplyTemplates>().GetAsync()).Unit);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Services.GetRequiredService<ReplyTemplates>().SaveUnitAsync("改掉"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Services.GetRequiredService<ReplyTemplates>().SaveCenterAsync("改掉"));
    }
}
