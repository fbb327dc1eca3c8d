using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Identity;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.ComponentTests.Identity;

/// <summary>The create-user form says what is wrong at each field, in Chinese, before anything is saved.</summary>
public sealed class UserCreateFormTests : ComponentTestBase
{
    private async Task<IRenderedComponent<UserCreateForm>> RenderFormAsync(Action<string>? created = null)
    {
        await SignInAsync("admin");
        // bUnit's authorization service grants the policies it is told the user has.
        Auth.SetPolicies(HotlinePolicies.Admin);
        RenderProviders();
        return Render<UserCreateForm>(p => p.Add(f => f.OnCreated, created ?? (_ => { })));
    }

    private static void Type(IRenderedComponent<UserCreateForm> form, string testId, string value) =>
        form.Find($"[data-testid={testId}]").Input(value);

    private static async Task ChooseRoleAsync(IRenderedComponent<UserCreateForm> form, string role) =>
        await form.InvokeAsync(() => form.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync(role));

    private async Task ChooseUnitAsync(IRenderedComponent<UserCreateForm> form, string name)
    {
        var option = (await Services.GetRequiredService<UserDirectory>().SearchUnitsAsync(name)).First(o => o.Name == name);
        await form.InvokeAsync(() => form.FindComponent<MudAutocomplete<UnitOption>>().Instance.ValueChanged.InvokeAsync(option));
    }

    private static void Submit(IRenderedComponent<UserCreateForm> form) =>
        form.Find("[data-testid=user-create-submit]").Click();

    /// <summary>The field's whole control: MudBlazor puts the test id on the input and the messages beside it.</summary>
    private static string FieldText(IRenderedComponent<UserCreateForm> form, string testId) =>
        form.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;

    [Fact]
    public async Task An_empty_form_names_every_missing_field()
    {
        var form = await RenderFormAsync();
        Submit(form);
        form.WaitForAssertion(() =>
        {
            Assert.Contains("请输入用户名", form.Markup);
            Assert.Contains("请输入姓名", form.Markup);
            Assert.Contains("请选择角色", form.Markup);
            Assert.Contains("请选择所属单位", form.Markup);
            Assert.Contains("请输入密码", form.Markup);
        });
    }

    [Fact]
    public async Task A_weak_password_shows_the_policy_at_the_field()
    {
        var form = await RenderFormAsync();
        Type(form, "user-create-username", "wangwu");
        Type(form, "user-create-password", "wangwu1");
        Submit(form);
        form.WaitForAssertion(() =>
        {
            var field = FieldText(form, "user-create-password");
            Assert.Contains(PasswordClassesValidator.TooShortMessage, field);
            Assert.Contains(PasswordClassesValidator.ClassesMessage, field);
            Assert.Contains(PasswordClassesValidator.ContainsUserNameMessage, field);
        });
    }

    [Fact]
    public async Task A_user_name_with_other_characters_is_refused_at_the_field()
    {
        var form = await RenderFormAsync();
        Type(form, "user-create-username", "王五");
        Submit(form);
        form.WaitForAssertion(() =>
            Assert.Contains("用户名只能包含英文字母、数字和 - . _", FieldText(form, "user-create-username")));
    }

    [Fact]
    public async Task A_unit_role_in_the_center_is_refused_at_the_unit_field()
    {
        var form = await RenderFormAsync();
        await ChooseRoleAsync(form, HotlineRoles.UnitHandler);
        await ChooseUnitAsync(form, "县12345政务服务便民热线管理中心");
        Submit(form);
        form.WaitForAssertion(() =>
            Assert.Contains(RoleUnitRule.UnitRoleOutsideCenter, FieldText(form, "user-create-unit")));
    }

    [Fact]
    public async Task A_valid_form_creates_the_user()
    {
        string? created = null;
        var form = await RenderFormAsync(name => created = name);
        Type(form, "user-create-username", "wang.wu");
        Type(form, "user-create-displayname", "王五");
        await ChooseRoleAsync(form, HotlineRoles.UnitHandler);
        await ChooseUnitAsync(form, "县住房和城乡建设局");
        Type(form, "user-create-password", "Xk9#mPq2wz");
        Submit(form);

        form.WaitForAssertion(() => Assert.Equal("wang.wu", created));
        await using var db = await Services.GetRequiredService<IDbContextFactory<UserAccessDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == "wang.wu");
        Assert.Equal("王五", user.DisplayName);
        Assert.True(await db.AuditLog.AnyAsync(a => a.ObjectId == user.Id && a.Action == "创建用户"));
    }

    [Fact]
    public async Task A_rule_broken_on_the_server_is_shown_above_the_form()
    {
        var form = await RenderFormAsync();
        Type(form, "user-create-username", "zjj");
        Type(form, "user-create-displayname", "重名");
        await ChooseRoleAsync(form, HotlineRoles.UnitHandler);
        await ChooseUnitAsync(form, "县住房和城乡建设局");
        Type(form, "user-create-password", "Xk9#mPq2wz");
        Submit(form);
        form.WaitForAssertion(() => Assert.Contains("用户名“zjj”已被使用。", form.Find("[data-testid=user-create-error]").TextContent));
    }
}
