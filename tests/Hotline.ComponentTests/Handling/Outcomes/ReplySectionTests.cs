using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Handling.Contracts;
using Hotline.Handling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Hotline.Handling.Contact;
using Hotline.Handling.Replies;
using Hotline.Handling.SignFor;

namespace Hotline.ComponentTests.Handling.Outcomes;

/// <summary>The reply form on the assignment page: the contact requirement first, then the minimum length.</summary>
public sealed class ReplySectionTests : ComponentTestBase
{
    // The host registers the access gate (HostSetup); the shared test base does not yet.

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private async Task<Guid> SignedAssignmentAsync()
    {
        await SignInAsync("agent");
        var (_, assignmentId) = await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-1), "小区电梯停运多日无人维修");
        await SignInAsync("zjj");
        await using var db = await Services.GetRequiredService<IDbContextFactory<HandlingDbContext>>().CreateDbContextAsync();
        var version = (await db.Assignments.SingleAsync(a => a.Id == assignmentId)).Version;
        await Services.GetRequiredService<SignForService>().SignForAsync(assignmentId, version);
        return assignmentId;
    }

    [Fact]
    public async Task Without_a_contact_the_form_is_replaced_by_the_contact_requirement()
    {
        var assignmentId = await SignedAssignmentAsync();
        RenderProviders();

        var cut = Render<ReplySection>(p => p.Add(x => x.AssignmentId, assignmentId));

        cut.WaitForAssertion(() => Assert.Contains("须先联系诉求人", cut.Find("[data-testid=reply-unavailable]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=reply-submit]"));
    }

    [Fact]
    public async Task A_short_reply_is_refused_with_the_minimum_and_nothing_is_saved()
    {
        var assignmentId = await SignedAssignmentAsync();
        await Services.GetRequiredService<ContactService>().RecordAsync(assignmentId, new ContactInput(Now, ContactMethod.Phone, true, "已电话联系"));
        RenderProviders();

        var cut = Render<ReplySection>(p => p.Add(x => x.AssignmentId, assignmentId));
        cut.WaitForAssertion(() => cut.Find("[data-testid=reply-submit]"));
        var result = cut.FindComponent<MudSelect<ReplyResult?>>();
        await cut.InvokeAsync(() => result.Instance.ValueChanged.InvokeAsync(ReplyResult.Resolved));
        cut.Find("[data-testid=reply-text]").Input("已处理完毕");
        Assert.Contains("已输入 5 字，至少 20 字", cut.Markup);

        cut.Find("[data-testid=reply-submit]").Click();

        // The message stands under the reply text, not in the summary, and goes as soon as the text changes.
        cut.WaitForAssertion(() => Assert.Contains("答复内容至少需要 20 个字", cut.Find(".mud-input-error").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=outcome-error]"));
        await using (var db = await Services.GetRequiredService<IDbContextFactory<HandlingDbContext>>().CreateDbContextAsync())
            Assert.False(await db.Replies.AnyAsync(r => r.AssignmentId == assignmentId));
        cut.Find("[data-testid=reply-text]").Input("已联系物业公司，电梯已于今日修复并恢复正常运行，已告知诉求人");
        cut.WaitForAssertion(() => Assert.DoesNotContain("答复内容至少需要", cut.Markup));
    }

    [Fact]
    public async Task A_reply_without_a_result_is_refused_under_the_result_field()
    {
        var assignmentId = await SignedAssignmentAsync();
        await Services.GetRequiredService<ContactService>().RecordAsync(assignmentId, new ContactInput(Now, ContactMethod.Phone, true, "已电话联系"));
        RenderProviders();
        var cut = Render<ReplySection>(p => p.Add(x => x.AssignmentId, assignmentId));
        cut.WaitForAssertion(() => cut.Find("[data-testid=reply-submit]"));

        cut.Find("[data-testid=reply-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("请选择办理结果", cut.Find(".mud-input-error").TextContent));
        var result = cut.FindComponent<MudSelect<ReplyResult?>>();
        await cut.InvokeAsync(() => result.Instance.ValueChanged.InvokeAsync(ReplyResult.Resolved));
        cut.WaitForAssertion(() => Assert.DoesNotContain("请选择办理结果", cut.Markup));
    }
}
