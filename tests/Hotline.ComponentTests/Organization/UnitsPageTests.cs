using Bunit;
using Hotline.Administration.Units;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Identity;

namespace Hotline.ComponentTests.Organization;

public sealed class UnitsPageTests : ComponentTestBase
{
    private IRenderedComponent<MudBlazor.MudPopoverProvider>? _popovers;

    private async Task<IRenderedComponent<UnitsPage>> OpenAsAdminAsync()
    {
        await SignInAsync("admin");
        // bUnit's authorization double grants policies by name; the real policy is exercised by the integration tests.
        Auth.SetPolicies(HotlinePolicies.Admin);
        _popovers = RenderProviders();
        var page = Render<UnitsPage>();
        page.WaitForElement("[data-testid=unit-node-ZJJ]");
        return page;
    }

    [Fact]
    public async Task Empty_form_shows_chinese_messages_at_the_fields()
    {
        var page = await OpenAsAdminAsync();
        page.Find("[data-testid=unit-create]").Click();
        page.Find("[data-testid=unit-form] form").Submit();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("请填写单位编码", page.Markup);
            Assert.Contains("请填写单位名称", page.Markup);
        });
    }

    [Fact]
    public async Task Invalid_code_and_phone_are_explained()
    {
        var page = await OpenAsAdminAsync();
        page.Find("[data-testid=unit-create]").Click();
        page.Find("input[data-testid=unit-code]").Change("含 空格");
        page.Find("input[data-testid=unit-name]").Change("县测试局");
        page.Find("input[data-testid=unit-phone]").Change("电话12345");
        page.Find("[data-testid=unit-form] form").Submit();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("单位编码只能包含字母、数字和“-”“_”“.”", page.Markup);
            Assert.Contains("联系电话只能包含数字", page.Markup);
        });
        Assert.Empty(page.FindAll("[data-testid=unit-node-含]"));
    }

    [Fact]
    public async Task A_created_unit_appears_in_the_tree_and_is_selected()
    {
        var page = await OpenAsAdminAsync();
        page.Find("[data-testid=unit-create]").Click();
        page.Find("input[data-testid=unit-code]").Change("tst01");
        page.Find("input[data-testid=unit-name]").Change("县测试服务中心");
        page.Find("input[data-testid=unit-leader]").Change("张三");
        page.Find("input[data-testid=unit-phone]").Change("0000-7654321");
        page.Find("[data-testid=unit-form] form").Submit();

        var node = page.WaitForElement("[data-testid=unit-node-TST01]");
        Assert.Contains("县测试服务中心", node.TextContent);
        Assert.Contains("县直部门", node.TextContent);
        // The form now edits the new unit.
        page.WaitForAssertion(() => Assert.Equal("TST01", page.Find("input[data-testid=unit-code]").GetAttribute("value")));
        Assert.NotEmpty(page.FindAll("[data-testid=unit-deactivate]"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-treeview-item-selected [data-testid=unit-node-TST01]")));
    }

    [Fact]
    public async Task A_sub_unit_added_from_a_township_is_a_village_under_it()
    {
        var page = await OpenAsAdminAsync();
        page.Find("[data-testid=unit-node-CGJD]").Click();
        page.WaitForElement("[data-testid=unit-add-child]").Click();
        page.WaitForAssertion(() => Assert.Equal("城关街道办事处", page.Find("input[data-testid=unit-parent]").GetAttribute("value")));
        Assert.Contains("村/社区", page.Find("[data-testid=unit-type]").TextContent);

        page.Find("input[data-testid=unit-code]").Change("CGJD-05");
        page.Find("input[data-testid=unit-name]").Change("南关社区居委会");
        page.Find("[data-testid=unit-form] form").Submit();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-treeview-item-selected [data-testid=unit-node-CGJD-05]")));
        Assert.Contains("南关社区居委会", page.Find("[data-testid=unit-node-CGJD-05]").TextContent);
    }

    [Fact]
    public async Task Choosing_village_without_a_township_is_refused_with_the_rule()
    {
        var page = await OpenAsAdminAsync();
        page.Find("[data-testid=unit-create]").Click();
        page.Find("input[data-testid=unit-code]").Change("CUN01");
        page.Find("input[data-testid=unit-name]").Change("无上级的村委会");
        page.Find("[data-testid=unit-type]").MouseDown();
        _popovers!.WaitForElements(".mud-popover-open .mud-list-item").Single(e => e.TextContent.Trim() == "村/社区").Click();
        page.WaitForAssertion(() => Assert.Contains("村/社区", page.Find("[data-testid=unit-type]").TextContent));
        page.Find("[data-testid=unit-form] form").Submit();

        var error = page.WaitForElement("[data-testid=unit-error]");
        Assert.Contains("村/社区必须隶属于乡镇/街道", error.TextContent);
        Assert.Empty(page.FindAll("[data-testid=unit-node-CUN01]"));
    }

    [Fact]
    public async Task A_code_in_use_is_shown_under_the_code_field_and_nothing_is_saved()
    {
        var page = await OpenAsAdminAsync();
        page.Find("[data-testid=unit-create]").Click();
        page.Find("input[data-testid=unit-code]").Change("zjj");
        page.Find("input[data-testid=unit-name]").Change("重复编码的单位");
        page.Find("[data-testid=unit-form] form").Submit();

        // A code in use is the code field's problem: the message stands under it, and goes when the code is changed.
        string CodeMessage() => page.Find("input[data-testid=unit-code]").Closest(".mud-input-control")?
            .QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent ?? "";
        page.WaitForAssertion(() => Assert.Contains("单位编码“ZJJ”已被“县住房和城乡建设局”使用", CodeMessage()));
        Assert.Empty(page.FindAll("[data-testid=unit-error]"));
        Assert.DoesNotContain("重复编码的单位", page.Find("[data-testid=unit-tree]").TextContent);

        page.Find("input[data-testid=unit-code]").Change("ZJJ2");
        page.WaitForAssertion(() => Assert.DoesNotContain("已被", CodeMessage()));
    }

    [Fact]
    public async Task Search_shows_matches_with_their_ancestors()
    {
        var page = await OpenAsAdminAsync();
        page.Find("input[data-testid=unit-search]").Input("文昌");

        page.WaitForAssertion(() =>
        {
            var tree = page.Find("[data-testid=unit-tree]").TextContent;
            Assert.Contains("文昌社区居委会", tree);
            Assert.Contains("城关街道办事处", tree);
            Assert.DoesNotContain("县住房和城乡建设局", tree);
            Assert.DoesNotContain("鼓楼社区居委会", tree);
        });

        page.Find("input[data-testid=unit-search]").Input("scjgj");
        page.WaitForAssertion(() => Assert.Contains("县市场监督管理局", page.Find("[data-testid=unit-tree]").TextContent));
    }

    [Fact]
    public async Task Selecting_a_unit_opens_it_for_editing_and_saving_renames_it_in_the_tree()
    {
        var page = await OpenAsAdminAsync();
        page.Find("[data-testid=unit-node-SCJGJ]").Click();
        page.WaitForAssertion(() => Assert.Equal("SCJGJ", page.Find("input[data-testid=unit-code]").GetAttribute("value")));

        page.Find("input[data-testid=unit-name]").Change("县市场监督管理局（知识产权局）");
        page.Find("[data-testid=unit-form] form").Submit();

        page.WaitForAssertion(() => Assert.Contains("县市场监督管理局（知识产权局）", page.Find("[data-testid=unit-node-SCJGJ]").TextContent));
    }

    [Fact]
    public async Task The_center_has_no_switch_off_and_another_unit_is_asked_before_it_is()
    {
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin);
        var dialogs = Render<MudBlazor.MudDialogProvider>();
        Render<MudBlazor.MudSnackbarProvider>();
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<UnitsPage>();

        page.WaitForElement("[data-testid=unit-node-ZX]").Click();
        page.WaitForAssertion(() => Assert.Equal("ZX", page.Find("input[data-testid=unit-code]").GetAttribute("value")));
        Assert.Empty(page.FindAll("[data-testid=unit-deactivate]"));
        Assert.NotNull(page.Find("[data-testid=unit-add-child]"));

        page.Find("[data-testid=unit-node-SCJGJ]").Click();
        page.WaitForElement("[data-testid=unit-deactivate]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("确定停用“县市场监督管理局”吗？停用后不能再向它派单。", dialogs.Markup));
        dialogs.WaitForElements("button").Single(b => b.TextContent.Trim() == "取消").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=unit-deactivate]")));
        Assert.Empty(page.FindAll("[data-testid=unit-reactivate]"));
    }
}
