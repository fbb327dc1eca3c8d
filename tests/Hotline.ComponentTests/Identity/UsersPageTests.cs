using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Identity;

namespace Hotline.ComponentTests.Identity;

/// <summary>The users page loads its rows from the server and filters them there.</summary>
public sealed class UsersPageTests : ComponentTestBase
{
    private async Task<IRenderedComponent<UsersPage>> RenderPageAsync()
    {
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin);
        RenderProviders();
        return Render<UsersPage>();
    }

    [Fact]
    public async Task Lists_the_demo_accounts_with_role_unit_status_and_two_factor()
    {
        var page = await RenderPageAsync();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=user-row-zjj]")));
        Assert.Contains("住建局承办人赵强", page.Markup);
        Assert.Contains("县住房和城乡建设局", page.Markup);
        Assert.Contains("承办人", page.Markup);
        Assert.Contains("正常", page.Find("[data-testid=user-status-zjj]").TextContent);
        Assert.Equal("免验证（演示）", page.Find("[data-testid=user-2fa-admin]").TextContent.Trim());
        Assert.Equal("未启用", page.Find("[data-testid=user-2fa-zjj]").TextContent.Trim());
        // The signed-in admin cannot disable or reset themself; others can be.
        Assert.Empty(page.FindAll("[data-testid=user-disable-admin]"));
        Assert.Empty(page.FindAll("[data-testid=user-reset-password-admin]"));
        Assert.NotEmpty(page.FindAll("[data-testid=user-disable-zjj]"));
    }

    [Fact]
    public async Task Searching_reloads_from_the_server()
    {
        var page = await RenderPageAsync();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=user-row-agent]")));
        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudTextField<string>>().Instance.ValueChanged.InvokeAsync("scjgj"));
        page.WaitForAssertion(() =>
        {
            Assert.Empty(page.FindAll("[data-testid=user-row-agent]"));
            Assert.NotEmpty(page.FindAll("[data-testid=user-row-scjgj]"));
            Assert.NotEmpty(page.FindAll("[data-testid='user-row-scjgj.mgr']"));
        });
    }

    [Fact]
    public async Task Without_the_admin_policy_the_service_refuses_to_list()
    {
        await SignInAsync("agent");
        var directory = Services.GetService(typeof(UserDirectory)) as UserDirectory;
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => directory!.ListAsync(new UserQuery()));
    }
}
