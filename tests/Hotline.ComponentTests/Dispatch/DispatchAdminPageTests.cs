using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Dispatch.Queue;
using Hotline.Dispatch.Routing;
using Hotline.Dispatch.Settings;

namespace Hotline.ComponentTests.Dispatch;

/// <summary>The administrator's rule list and settings form, and the dispatcher's home widget, on the demo county.</summary>
public sealed class DispatchAdminPageTests : ComponentTestBase
{

    [Fact]
    public async Task The_rule_list_shows_the_seeded_rules_and_the_editor_refuses_an_incomplete_rule()
    {
        await SignInAsync("admin");
        RenderProviders();

        var cut = Render<RoutingRulesPage>();

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=rule-row]").Count));
        Assert.Contains("城乡建设 / 物业管理", cut.Markup);
        Assert.Contains("县市场监督管理局", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=rule-problem]"));

        cut.Find("button[data-testid=rule-new]").Click();
        cut.Find("button[data-testid=rule-save]").Click();
        cut.WaitForAssertion(() => Assert.Equal("请选择事项分类。", cut.Find("[data-testid=rule-error]").TextContent.Trim()));
    }

    [Fact]
    public async Task The_settings_form_shows_the_defaults_and_explains_a_bad_value()
    {
        await SignInAsync("admin");
        RenderProviders();

        var cut = Render<DispatchSettingsPage>();

        cut.WaitForAssertion(() => Assert.Equal("8", cut.Find("input[data-testid=dispatch-settings-normal]").GetAttribute("value")));
        // Each field is clamped to its range by the form; the order between urgencies is the service's rule.
        cut.Find("input[data-testid=dispatch-settings-urgent]").Change("10");
        cut.Find("button[data-testid=dispatch-settings-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains("签收时限应满足：特急 ≤ 紧急 ≤ 一般。", cut.Find("[data-testid=dispatch-settings-error]").TextContent));
    }

    [Fact]
    public async Task The_home_widget_counts_the_waiting_cases_for_a_dispatcher()
    {
        await SignInAsync("dispatcher");
        RenderProviders();

        var cut = Render<DispatchHomeWidget>();

        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("[data-testid=widget-waiting]").TextContent.Trim()));
        Assert.Equal("—", cut.Find("[data-testid=widget-oldest]").TextContent.Trim());
    }
}
