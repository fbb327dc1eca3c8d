using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Shell;

public sealed class NavMenuTests : ComponentTestBase
{
    [Fact]
    public async Task Admin_sees_the_system_administration_group()
    {
        await SignInAsync("admin");
        var menu = Render<NavMenu>();
        Assert.Contains("系统管理", menu.Markup);
        Assert.Contains("/admin/users", menu.Markup);
        Assert.Contains("/admin/calendar", menu.Markup);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("dispatcher")]
    [InlineData("zjj")]
    [InlineData("scjgj.mgr")]
    [InlineData("assessor")]
    public async Task Other_roles_do_not_see_admin_entries(string userName)
    {
        await SignInAsync(userName);
        var menu = Render<NavMenu>();
        Assert.DoesNotContain("/admin/", menu.Markup);
        Assert.DoesNotContain("系统管理", menu.Markup);
    }

    [Theory]
    [InlineData("/dispatch/returns", "退单审核")]
    [InlineData("/dispatch", "派单队列")]
    public async Task One_entry_is_highlighted_on_a_page_below_another_entry(string path, string title)
    {
        await SignInAsync("dispatcher");
        Services.GetRequiredService<NavigationManager>().NavigateTo(path);
        var menu = Render<NavMenu>();
        var active = menu.FindAll("a.mud-nav-link.active");
        Assert.Equal(title, Assert.Single(active).TextContent.Trim());
    }
}
