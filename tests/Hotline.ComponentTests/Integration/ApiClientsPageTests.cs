using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Integration.Clients;
using Hotline.Integration.Domain;
using Hotline.Platform.Identity;

namespace Hotline.ComponentTests.Integration;

public sealed class ApiClientsPageTests : ComponentTestBase
{
    private async Task<IRenderedComponent<ApiClientsPage>> OpenAsync()
    {
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin);
        RenderProviders();
        var page = Render<ApiClientsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=client-save]")));
        return page;
    }

    [Fact]
    public async Task An_empty_form_lists_every_problem_and_registers_nothing()
    {
        var page = await OpenAsync();
        page.Find("[data-testid=client-save]").Click();
        page.WaitForAssertion(() =>
        {
            var error = page.Find("[data-testid=client-error]").TextContent;
            Assert.Contains("请填写接入系统名称", error);
            Assert.Contains("请选择可查看数据的单位", error);
        });
        Assert.Empty(page.FindAll("[data-testid=client-key]"));
    }

    [Fact]
    public async Task A_registered_system_shows_its_key_once_and_its_row_only_the_prefix()
    {
        var page = await OpenAsync();
        page.Find("input[data-testid=client-name]").Change("县住建局业务系统");
        page.Find("input[data-testid=client-all-units]").Change(true);
        page.Find("[data-testid=client-save]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("hk_", page.Find("[data-testid=client-key]").TextContent));
        var key = page.Find("[data-testid=client-key]").TextContent;
        var table = page.Find("[data-testid=client-table]").TextContent;
        Assert.Contains("县住建局业务系统", table);
        Assert.Contains(ApiScopes.ReadCases.DisplayName(), table);
        Assert.DoesNotContain(key, table);
        Assert.Contains(key[..(3 + ApiKey.PrefixLength)], table);
    }

    [Fact]
    public async Task A_call_log_without_calls_says_so()
    {
        var page = await OpenAsync();
        Assert.Equal("暂无调用记录。", page.Find("[data-testid=call-empty]").TextContent);
    }
}
