using Bunit;
using Hotline.Assessment.Sheets.Pages;
using Hotline.ComponentTests.Infrastructure;

namespace Hotline.ComponentTests.Assessment;

/// <summary>The weights page: percentages typed as whole numbers (30/35/35) are refused with their sum, never clamped silently.</summary>
public sealed class AssessmentSettingsPageTests : ComponentTestBase
{
    [Fact]
    public async Task Weights_typed_as_percentages_are_refused_with_their_sum_and_fractions_are_saved()
    {
        await SignInAsync("admin");
        var page = Render<AssessmentSettingsPage>();
        page.WaitForElement("input[data-testid=weight-response]");

        void Type(string field, string value) => page.Find($"input[data-testid={field}]").Change(value);
        Type("weight-response", "30");
        Type("weight-resolution", "35");
        Type("weight-satisfaction", "35");
        page.Find("[data-testid=assessment-settings-save]").Click();
        page.WaitForAssertion(() => Assert.Contains("三项权重之和必须等于 1（当前为 100）", page.Find("[data-testid=assessment-settings-error]").TextContent));
        Assert.Contains("如 30% 填 0.3", page.Find("[data-testid=assessment-settings-error]").TextContent);

        Type("weight-response", "0.3");
        Type("weight-resolution", "0.35");
        Type("weight-satisfaction", "0.35");
        page.Find("[data-testid=assessment-settings-save]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=assessment-settings-error]")));
        Assert.Equal("0.3", page.Find("input[data-testid=weight-response]").GetAttribute("value"));
    }
}
