using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Shell;

public sealed class NavMenuTests : ComponentTestBase
{
    [Fact]
    public async Task Admin_sees_master_data_module_settings_and_system_oversight_as_separate_groups()
    {
        await SignInAsync("admin");
        var menu = Render<NavMenu>();
        var groups = menu.FindAll(".mud-nav-group").Select(g => g.QuerySelector(".mud-nav-link-text")!.TextContent.Trim()).ToList();
        Assert.Equal(["基础数据", "业务设置", "系统管理"], groups.Take(3));
        string Links(string group) => string.Join(" ", menu.FindAll(".mud-nav-group")
            .Single(g => g.QuerySelector(".mud-nav-link-text")!.TextContent.Trim() == group).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/admin/users", Links("基础数据"));
        Assert.Contains("/admin/calendar", Links("基础数据"));
        Assert.Contains("/admin/dispatch/settings", Links("业务设置"));
        Assert.Contains("/admin/intake/reasons", Links("业务设置"));
        Assert.DoesNotContain("/admin/users", Links("业务设置"));
        Assert.Contains("/admin/audit", Links("系统管理"));
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
