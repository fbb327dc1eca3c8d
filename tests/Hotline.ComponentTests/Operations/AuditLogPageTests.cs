using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Platform.Identity;
using Hotline.Platform.Admin.Audit;
using Hotline.Platform.Auditing;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Operations;

public sealed class AuditLogPageTests : ComponentTestBase
{
    [Fact]
    public async Task Entries_show_newest_first_in_china_time_and_the_action_filter_narrows_them()
    {
        await using (var db = await Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync())
        {
            // 2026-11-25 16:00 UTC is 2026-11-26 00:00 in China.
            db.AuditLog.Add(new AuditEntry { AtUtc = new DateTime(2026, 11, 25, 16, 0, 0, DateTimeKind.Utc), UserName = "admin", Action = "重置密码", ObjectType = "User", ObjectId = "u-9", IpAddress = "10.1.2.3", Detail = "为 zjj 重置" });
            db.AuditLog.Add(new AuditEntry { AtUtc = new DateTime(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc), UserName = "admin", Action = "修改单位", ObjectType = "MemberUnit", ObjectId = "m-1" });
            await db.SaveChangesAsync();
        }
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin); // bUnit's authorization grants only the policies named here
        RenderProviders();

        var page = Render<AuditLogPage>();

        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-testid=audit-action]").Count >= 2));
        var actions = page.FindAll("[data-testid=audit-action]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["重置密码", "修改单位"], actions.Take(2));
        Assert.Equal("2026-11-26 00:00:00", page.FindAll("[data-testid=audit-time]")[0].TextContent.Trim());
        Assert.Contains("10.1.2.3", page.Markup);
        // Read-only: the rows carry no buttons or inputs (nothing to edit or delete an entry with).
        Assert.Empty(page.FindAll("[data-testid=audit-table] tbody button, [data-testid=audit-table] tbody input"));

        page.Find("input[data-testid=audit-filter-action]").Input("密码");
        page.Find("[data-testid=audit-search]").Click();

        page.WaitForAssertion(() => Assert.Equal("重置密码", Assert.Single(page.FindAll("[data-testid=audit-action]")).TextContent.Trim()));
    }

    [Fact]
    public async Task Entries_show_people_and_objects_by_name_with_chinese_type_labels_and_links()
    {
        var platform = Services.GetRequiredService<IDbContextFactory<UserAccessDbContext>>();
        await using (var db = await platform.CreateDbContextAsync())
        {
            var zjj = await db.Users.SingleAsync(u => u.UserName == "zjj");
            var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
            var unit = (await Services.GetRequiredService<IUnitDirectory>().FindByCodeAsync("ZJJ"))!;
            db.AuditLog.Add(new AuditEntry { AtUtc = new DateTime(2030, 1, 1, 3, 0, 0, DateTimeKind.Utc), UserId = admin.Id, UserName = "admin", Action = "重置密码", ObjectType = "User", ObjectId = zjj.Id });
            db.AuditLog.Add(new AuditEntry { AtUtc = new DateTime(2030, 1, 1, 2, 0, 0, DateTimeKind.Utc), UserId = admin.Id, UserName = "admin", Action = "修改单位", ObjectType = "MemberUnit", ObjectId = unit.Id.ToString() });
            db.AuditLog.Add(new AuditEntry { AtUtc = new DateTime(2030, 1, 1, 1, 0, 0, DateTimeKind.Utc), UserName = "zjj", Action = "签收", ObjectType = "Assignment", ObjectId = "QH202611250001" });
            db.AuditLog.Add(new AuditEntry { AtUtc = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc), UserName = "admin", Action = "其他", ObjectType = "SomethingNew", ObjectId = "x-1" });
            await db.SaveChangesAsync();
        }
        await SignInAsync("admin");
        Auth.SetPolicies(HotlinePolicies.Admin);
        RenderProviders();

        var page = Render<AuditLogPage>();

        // Newest first: the four entries above lead the page, before whatever the demo seeding logged.
        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-testid=audit-object]").Count >= 4));
        var objects = page.FindAll("[data-testid=audit-object]").Select(e => e.TextContent.Trim()).ToList();
        Assert.StartsWith("用户账号", objects[0]);
        Assert.Contains("住建局承办人赵强（zjj）", objects[0]);
        Assert.Contains("县住房和城乡建设局", objects[1]);
        Assert.StartsWith("承办工单", objects[2]);
        // A type nobody registered still shows, as written.
        Assert.StartsWith("SomethingNew", objects[3]);
        Assert.Equal("系统管理员（admin）", page.FindAll("[data-testid=audit-user]")[0].TextContent.Trim());
        Assert.Equal("zjj", page.FindAll("[data-testid=audit-user]")[2].TextContent.Trim());
        var links = page.FindAll("[data-testid=audit-object-link]").Select(a => a.GetAttribute("href")).Take(3).ToList();
        Assert.Equal(["/admin/users", "/admin/units", "/search?q=QH202611250001"], links);
        Assert.DoesNotContain(">Assignment<", page.Markup);
    }
}
