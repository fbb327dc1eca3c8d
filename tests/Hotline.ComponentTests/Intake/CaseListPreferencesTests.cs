using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Intake.CaseSearch;
using Hotline.Intake.Contracts;
using Hotline.Intake.Decisions;
using Hotline.Intake.Registration;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Platform.Settings;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.ComponentTests.Intake;

/// <summary>Issue #18.6: the case list's columns are the user's choice and filters are kept under a name, per user.</summary>
public sealed class CaseListPreferencesTests : ComponentTestBase
{
    private async Task RegisterAsync(string content)
    {
        await SignInAsync("agent");
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.IsLeaf && c.Name.Contains("物业"));
        var area = (await Services.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Level == AreaLevel.Township);
        await Services.GetRequiredService<CaseRegistration>().RegisterAsync(new RegistrationInput
        {
            RequestType = RequestTypeCode.Complaint, CategoryId = category.Id, AreaId = area.Id, Address = "幸福小区5号楼",
            Content = content, CallerName = "王先生", CallerPhone = "13812340001", SubmissionKey = Guid.NewGuid(),
        }, new IntakeDecision.Accept());
    }

    [Fact]
    public async Task Hidden_columns_stay_hidden_on_the_next_visit()
    {
        await RegisterAsync("电梯停运无人维修");
        await SignInAsync("agent");
        RenderProviders();
        var cut = Render<CaseList>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=row-phone]")));
        Assert.Contains("渠道", cut.Find("[data-testid=case-table] thead").TextContent);

        var columns = cut.FindComponent<MudSelect<string>>();
        await cut.InvokeAsync(() => columns.Instance.SelectedValuesChanged.InvokeAsync(["registered", "type", "content"]));

        cut.WaitForAssertion(() => Assert.DoesNotContain("渠道", cut.Find("[data-testid=case-table] thead").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=row-phone]"));
        var again = Render<CaseList>();
        again.WaitForAssertion(() => Assert.Contains("内容", again.Find("[data-testid=case-table] thead").TextContent));
        Assert.DoesNotContain("诉求人", again.Find("[data-testid=case-table] thead").TextContent);
        // Another person's list is untouched.
        await SignInAsync("supervisor");
        Assert.Empty(await Services.GetRequiredService<UserPreferences>().GetAsync<string[]>(CaseListColumns.PreferenceName, []));
    }

    [Fact]
    public async Task A_named_filter_is_kept_applied_with_one_click_and_deleted()
    {
        await RegisterAsync("电梯停运无人维修");
        await RegisterAsync("小区垃圾无人清运");
        await SignInAsync("agent");
        RenderProviders();
        var cut = Render<CaseList>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=row-phone]").Count));

        cut.Find("[data-testid=saved-filter-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains("请为要保存的查询条件起个名字", cut.Find(".mud-input-error").TextContent));

        cut.Find("input[data-testid=filter-keyword]").Change("电梯");
        cut.Find("input[data-testid=saved-filter-name]").Change("电梯问题");
        cut.Find("[data-testid=saved-filter-save]").Click();
        cut.WaitForAssertion(() => Assert.Equal("电梯问题", cut.Find("[data-testid=saved-filter]").TextContent.Trim()));
        Assert.Empty(cut.FindAll(".mud-input-error"));

        var later = Render<CaseList>();
        later.WaitForAssertion(() => Assert.Equal(2, later.FindAll("[data-testid=row-phone]").Count));
        later.Find("[data-testid=saved-filter]").Click();
        later.WaitForAssertion(() => Assert.Single(later.FindAll("[data-testid=row-phone]")));
        Assert.Equal("电梯", later.Find("input[data-testid=filter-keyword]").GetAttribute("value"));

        later.Find("[data-testid=saved-filter-delete]").Click();
        later.WaitForAssertion(() => Assert.Empty(later.FindAll("[data-testid=saved-filter]")));
        Assert.Empty(await Services.GetRequiredService<UserPreferences>().GetAsync<SavedCaseFilter[]>(SavedCaseFilters.PreferenceName, []));
    }
}
