using Bunit;
using Hotline.Administration.Areas;
using Hotline.Administration.Categories;
using Hotline.Administration.RequestTypes;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Identity;

namespace Hotline.ComponentTests.Organization;

/// <summary>The area, category and request-type pages: they load, save through their services and show rule messages.</summary>
public sealed class OtherTreePagesTests : ComponentTestBase
{
    private async Task SignInAsAdminAsync(bool renderProviders = true)
    {
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin);
        if (renderProviders)
            RenderProviders();
    }

    [Fact]
    public async Task A_community_added_under_a_street_gets_the_village_level_and_shows_in_the_tree()
    {
        await SignInAsAdminAsync();
        var page = Render<AreasPage>();
        page.WaitForElement("[data-testid=area-node-A01]").Click();
        page.WaitForElement("[data-testid=area-add-child]").Click();
        page.WaitForAssertion(() => Assert.Contains("村/社区", page.Find("[data-testid=area-level]").TextContent));

        page.Find("input[data-testid=area-code]").Change("A0109");
        page.Find("input[data-testid=area-name]").Change("南门社区");
        page.Find("[data-testid=area-form] form").Submit();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-treeview-item-selected [data-testid=area-node-A0109]")));
        Assert.Contains("村/社区", page.Find("[data-testid=area-node-A0109]").TextContent);
    }

    [Fact]
    public async Task Deactivating_a_street_with_communities_is_refused_on_the_page()
    {
        await SignInAsAdminAsync(renderProviders: false);
        var dialogs = Render<MudBlazor.MudDialogProvider>();
        Render<MudBlazor.MudSnackbarProvider>();
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<AreasPage>();
        page.WaitForElement("[data-testid=area-node-A02]").Click();
        page.WaitForElement("[data-testid=area-deactivate]").Click();
        // Confirm in the message box.
        dialogs.WaitForElements("button").Single(b => b.TextContent.Trim() == "停用").Click();

        var error = page.WaitForElement("[data-testid=area-error]");
        Assert.Contains("启用的下级区域", error.TextContent);
    }

    [Fact]
    public async Task Categories_show_kind_and_statutory_limit_and_a_new_one_appears()
    {
        await SignInAsAdminAsync();
        var page = Render<CategoriesPage>();
        var consumer = page.WaitForElement("[data-testid=category-node-C0202]");
        Assert.Contains("法定 7 个工作日", consumer.TextContent);
        Assert.Contains("行政调解类", page.Find("[data-testid=category-node-C0102]").TextContent);

        page.Find("[data-testid=category-create]").Click();
        page.Find("[data-testid=category-form] form").Submit();
        page.WaitForAssertion(() => Assert.Contains("请填写分类编码", page.Markup));

        page.Find("input[data-testid=category-code]").Change("C99");
        page.Find("input[data-testid=category-name]").Change("其他事项");
        page.Find("input[data-testid=category-statutory-days]").Change("20");
        page.Find("[data-testid=category-form] form").Submit();

        var node = page.WaitForElement("[data-testid=category-node-C99]");
        Assert.Contains("法定 20 个工作日", node.TextContent);
    }

    [Fact]
    public async Task A_request_type_limit_is_saved()
    {
        await SignInAsAdminAsync();
        var page = Render<RequestTypesPage>();
        var save = page.WaitForElement("[data-testid=request-type-save-Complaint]");
        Assert.True(save.HasAttribute("disabled"));

        page.Find("input[data-testid=request-type-days-Complaint]").Input("20");
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=request-type-save-Complaint]").HasAttribute("disabled")));
        page.Find("[data-testid=request-type-save-Complaint]").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Equal("20", page.Find("input[data-testid=request-type-days-Complaint]").GetAttribute("value"));
            Assert.True(page.Find("[data-testid=request-type-save-Complaint]").HasAttribute("disabled"));
        });
    }
}
