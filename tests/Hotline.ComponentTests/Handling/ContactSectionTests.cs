using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Handling.Contact;
using Hotline.Handling.Persistence;
using Hotline.Handling.SignFor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.ComponentTests.Handling;

/// <summary>Issue #18.8: the contact form shows a refusal under the field it is about, and drops it once the field changes.</summary>
public sealed class ContactSectionTests : ComponentTestBase
{
    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task An_unreached_contact_without_a_note_is_refused_under_the_note_and_the_message_goes_when_typing()
    {
        await SignInAsync("agent");
        var (_, assignmentId) = await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-1), "小区电梯停运多日无人维修");
        await SignInAsync("zjj");
        await using (var db = await Services.GetRequiredService<IDbContextFactory<HandlingDbContext>>().CreateDbContextAsync())
            await Services.GetRequiredService<SignForService>().SignForAsync(assignmentId, (await db.Assignments.SingleAsync(a => a.Id == assignmentId)).Version);
        RenderProviders();
        var cut = Render<ContactSection>(p => p.Add(x => x.AssignmentId, assignmentId));
        cut.WaitForAssertion(() => cut.Find("[data-testid=contact-save]"));
        var reached = cut.FindComponent<MudSwitch<bool>>();
        await cut.InvokeAsync(() => reached.Instance.ValueChanged.InvokeAsync(false));

        cut.Find("[data-testid=contact-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("请说明联系情况", cut.Find(".mud-input-error").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=outcome-error]"));
        await using (var db = await Services.GetRequiredService<IDbContextFactory<HandlingDbContext>>().CreateDbContextAsync())
            Assert.False(await db.Contacts.AnyAsync(c => c.AssignmentId == assignmentId));
        cut.Find("textarea[data-testid=contact-note], [data-testid=contact-note] textarea").Input("无人接听");
        cut.WaitForAssertion(() => Assert.DoesNotContain("请说明联系情况", cut.Markup));
    }
}
