using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Notifications.Sms;
using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Operations;

public sealed class SmsAdminPageTests : ComponentTestBase
{
    private async Task<IRenderedComponent<SmsAdminPage>> OpenAsync()
    {
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin);
        RenderProviders();
        var page = Render<SmsAdminPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=sms-template-preview]")));
        return page;
    }

    [Fact]
    public async Task Each_sms_type_shows_its_template_with_a_preview_and_a_broken_edit_is_explained_and_cannot_be_saved()
    {
        var page = await OpenAsync();
        var card = page.Find("[data-testid=sms-template-intake\\.registered]");
        Assert.Contains("诉求登记", card.TextContent);
        Assert.Contains("工单号 QH20261125001，查询码 K7M2QP", card.QuerySelector("[data-testid=sms-template-preview]")!.TextContent);
        Assert.Equal(6, page.FindAll("[data-testid=sms-template-text]").Count);
        Assert.Contains("直接答复告知", page.Find("[data-testid=sms-template-intake\\.answered]").TextContent);

        page.Find("[data-testid=sms-template-intake\\.registered] textarea").Input("您的诉求已登记 {address}");

        page.WaitForAssertion(() =>
        {
            var errors = page.Find("[data-testid=sms-template-intake\\.registered] [data-testid=sms-template-errors]").TextContent;
            Assert.Contains("占位符 {address} 无法识别", errors);
            Assert.Contains("短信模板必须包含 {queryCode}", errors);
        });
        Assert.True(page.Find("[data-testid=sms-template-intake\\.registered] [data-testid=sms-template-save]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_test_sms_without_a_gateway_is_recorded_and_says_so()
    {
        var page = await OpenAsync();
        page.Find("input[data-testid=sms-test-phone]").Change("13800001234");
        page.Find("[data-testid=sms-test-send]").Click();

        page.WaitForAssertion(() => Assert.Contains("未接短信网关", page.Find("[data-testid=sms-test-result]").TextContent));
        Assert.Equal([SmsAdmin.TestText], Services.GetRequiredService<RecordedSms>().To("13800001234"));
    }
}
