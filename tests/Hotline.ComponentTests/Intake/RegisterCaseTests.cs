using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Intake.Decisions;
using Hotline.Intake.Registration;
using Hotline.Intake.Contracts;
using Hotline.Intake.Persistence;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;

namespace Hotline.ComponentTests.Intake;

/// <summary>The agent's registration page: validation in Chinese, the keyboard shortcuts, the refusal panel.</summary>
public sealed class RegisterCaseTests : ComponentTestBase
{
    private async Task<IRenderedComponent<RegisterCase>> RenderPageAsync()
    {
        await SignInAsync("agent");
        RenderProviders();
        var cut = Render<RegisterCase>();
        cut.WaitForElement("[data-testid=register-save]");
        return cut;
    }

    /// <summary>Text fields commit on change, as when the agent tabs out of them; the content field on every keystroke.</summary>
    private static void Type(IRenderedComponent<RegisterCase> cut, string testId, string value)
    {
        var field = cut.Find($"[data-testid={testId}]");
        if (testId != "field-content")
        {
            field.Change(value);
            return;
        }
        // The content field takes keystrokes as they come: its counter and the knowledge suggestions follow the typing.
        field.Input(value);
    }

    /// <summary>
    /// The pickers are MudAutocompletes whose popover list bUnit cannot type into usefully; choosing
    /// the item raises the same ValueChanged the list click would.
    /// </summary>
    private async Task FillRequiredFieldsAsync(IRenderedComponent<RegisterCase> cut, string phone, string content)
    {
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.IsLeaf && c.Name.Contains("物业"));
        var area = (await Services.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Level == AreaLevel.Township);
        Type(cut, "field-phone", phone);
        Type(cut, "field-name", "李女士");
        Type(cut, "field-content", content);
        await cut.InvokeAsync(() => cut.FindComponent<MudAutocomplete<CategoryInfo>>().Instance.ValueChanged.InvokeAsync(category));
        await cut.InvokeAsync(() => cut.FindComponent<MudAutocomplete<AreaInfo>>().Instance.ValueChanged.InvokeAsync(area));
    }

    /// <summary>What a text field shows: a textarea's rendered value.</summary>
    private static string? FieldValue(IRenderedComponent<RegisterCase> cut, string testId)
    {
        var field = cut.Find($"[data-testid={testId}]");
        return field.GetAttribute("value") ?? field.TextContent;
    }

    private async Task<int> CaseCountAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync();
        return await db.Cases.CountAsync();
    }

    /// <summary>The message shown under a field (MudBlazor's helper text of the field's input control).</summary>
    private static string FieldMessage(IRenderedComponent<RegisterCase> cut, string testId) =>
        cut.Find($"[data-testid={testId}]").Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task Saving_an_empty_form_shows_each_problem_under_its_field_in_chinese_and_creates_nothing()
    {
        var cut = await RenderPageAsync();
        var before = await CaseCountAsync();

        cut.Find("[data-testid=register-save]").Click();

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("请填写诉求内容", FieldMessage(cut, "field-content"));
            Assert.Contains("请选择事项分类", FieldMessage(cut, "field-category"));
            Assert.Contains("请选择涉事地点所属乡镇/街道", FieldMessage(cut, "field-area"));
            Assert.Contains("请填写诉求人姓名，或勾选“匿名”", FieldMessage(cut, "field-name"));
        });
        // Every problem belongs to one field: no summary repeats them.
        Assert.Empty(cut.FindAll("[data-testid=register-error]"));
        Assert.Empty(cut.FindAll("[data-testid=register-result]"));
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task A_field_message_goes_as_soon_as_that_field_is_changed_and_the_others_stay()
    {
        var cut = await RenderPageAsync();
        cut.Find("[data-testid=register-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains("请填写诉求内容", FieldMessage(cut, "field-content")));

        cut.Find("[data-testid=field-content]").Input("小区门口路灯坏了一个多月没人修");
        cut.Find("[data-testid=field-anonymous]").Change(true);

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("", FieldMessage(cut, "field-content"));
            Assert.Equal("", FieldMessage(cut, "field-name"));
            Assert.Contains("请选择事项分类", FieldMessage(cut, "field-category"));
        });
    }

    [Fact]
    public async Task Keyboard_shortcuts_set_type_and_channel_and_ctrl_enter_saves()
    {
        var cut = await RenderPageAsync();
        await FillRequiredFieldsAsync(cut, "13912340001", "小区电梯停运三天，物业不予理睬");
        Assert.Equal("电话", cut.FindComponent<MudSelect<Channel>>().Find("input").GetAttribute("value"));
        Assert.Equal("一般", cut.FindComponent<MudSelect<Urgency>>().Find("input").GetAttribute("value"));

        // What intake-shortcuts.js calls on Alt+3 (third type), Alt+X and Ctrl+Enter.
        await cut.InvokeAsync(() => cut.Instance.SetRequestType(2));
        await cut.InvokeAsync(() => cut.Instance.SetChannel("WeChat"));
        cut.WaitForAssertion(() =>
        {
            Assert.Equal(RequestTypeCode.Complaint, cut.FindComponent<MudSelect<RequestTypeCode>>().Instance.GetState(x => x.Value));
            Assert.Equal(Channel.WeChat, cut.FindComponent<MudSelect<Channel>>().Instance.GetState(x => x.Value));
            Assert.Contains("投诉", cut.FindComponent<MudSelect<RequestTypeCode>>().Find("input").GetAttribute("value"));
            Assert.Equal("微信", cut.FindComponent<MudSelect<Channel>>().Find("input").GetAttribute("value"));
            // Complaints may name the unit complained about.
            Assert.NotEmpty(cut.FindAll("[data-testid=field-subject-unit]"));
        });

        await cut.InvokeAsync(() => cut.Instance.SubmitFromKeyboard());

        string? number = null;
        cut.WaitForAssertion(() =>
        {
            var result = cut.Find("[data-testid=register-result]").TextContent;
            Assert.Contains("已登记工单", result);
            number = System.Text.RegularExpressions.Regex.Match(result, @"QH\d{12}").Value;
            Assert.NotEmpty(number);
        });
        Assert.Empty(cut.FindAll("[data-testid=register-error]"));
        await using var db = await Services.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync();
        var saved = await db.Cases.SingleAsync(c => c.Number == number);
        Assert.Equal(RequestTypeCode.Complaint, saved.RequestType);
        Assert.Equal(Channel.WeChat, saved.Channel);
        Assert.Equal(CaseStatus.Accepted, saved.Status);
        Assert.Equal("13912340001", saved.CallerPhone);
        Assert.Equal("小区电梯停运三天，物业不予理睬", saved.Content);
    }

    [Fact]
    public async Task Refusing_fills_the_basis_from_the_code_table_and_saves_the_refusal()
    {
        var cut = await RenderPageAsync();
        var reason = (await Services.GetRequiredService<NonAcceptanceReasonAdmin>().ListAsync(activeOnly: true)).Single(r => r.Code == "PETITION");
        await FillRequiredFieldsAsync(cut, "13912340002", "我的信访事项一直没有结果，请热线督办");

        cut.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == "不予受理").Click();
        cut.WaitForAssertion(() => Assert.Contains("保存（不予受理）", cut.Find("[data-testid=register-save]").TextContent));
        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync(reason.Code));

        cut.WaitForAssertion(() =>
        {
            // The select shows the reason's name, not its code.
            Assert.Equal(reason.Name, cut.FindComponent<MudSelect<string>>().Find("input").GetAttribute("value"));
            Assert.Equal(reason.Basis, FieldValue(cut, "decision-basis"));
            Assert.Equal(reason.DefaultGuidance, FieldValue(cut, "decision-guidance"));
        });

        cut.Find("[data-testid=register-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("不予受理", cut.Find("[data-testid=register-result]").TextContent));
        await using var db = await Services.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync();
        var saved = await db.Cases.SingleAsync(c => c.CallerPhone == "13912340002");
        Assert.Equal(CaseStatus.NotAccepted, saved.Status);
        Assert.Equal("PETITION", saved.DecisionReasonCode);
        Assert.Equal(reason.Basis, saved.DecisionBasis);
        Assert.Equal(reason.DefaultGuidance, saved.DecisionGuidance);
    }

    [Fact]
    public async Task The_content_counter_follows_the_typing_and_the_complained_about_unit_waits_for_a_letter()
    {
        var cut = await RenderPageAsync();
        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<RequestTypeCode>>().Instance.ValueChanged.InvokeAsync(RequestTypeCode.Complaint));

        cut.Find("[data-testid=field-content]").Input("电梯停运");

        cut.WaitForAssertion(() => Assert.Contains("4 / 4000", cut.Markup));
        var subjectUnit = cut.FindComponent<MudAutocomplete<UnitInfo>>().Instance;
        Assert.False(subjectUnit.OpenOnFocus);
        Assert.Equal(1, subjectUnit.MinCharacters);
        Assert.Equal(["受理", "直接答复", "不予受理", "紧急转接", "无效来电"], cut.FindAll("[data-testid=decision-tabs] .mud-tab").Select(t => t.TextContent.Trim()));
    }

    [Theory]
    [InlineData("", "", "号码未显示")]
    [InlineData("6677 8899", "66778899", "****8899（本地号码，登记前请补全区号）")]
    public async Task A_popped_call_without_a_full_number_opens_the_form_with_the_number_as_sent(string sent, string shown, string banner)
    {
        await SignInAsync("agent");
        await Services.GetRequiredService<Hotline.UserAccess.Profile.AgentExtensions>().SetOwnAsync("8001");
        var callId = $"T-{Guid.NewGuid()}";
        await Services.GetRequiredService<IPhoneCalls>().IncomingAsync(callId, sent, "8001");
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"/intake/register?call={callId}");
        RenderProviders();
        var cut = Render<RegisterCase>();

        cut.WaitForAssertion(() => Assert.Contains($"来电弹屏：{banner}（通话标识 {callId}）", cut.Find("[data-testid=register-call]").TextContent));
        Assert.Equal(shown, FieldValue(cut, "field-phone") ?? "");
    }
}
