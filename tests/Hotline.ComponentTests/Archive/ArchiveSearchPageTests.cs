using Bunit;
using Hotline.Archive.Domain;
using Hotline.Archive.Persistence;
using Hotline.Archive.Workbench;
using Hotline.ComponentTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Archive;

/// <summary>The clerk's /archive page: rows from the server, filtering by number and keyword, a refusal for other roles.</summary>
public sealed class ArchiveSearchPageTests : ComponentTestBase
{
    private static readonly DateTime Closed = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>Two sealed records as the writer would store them (the snapshot is not read by the list).</summary>
    private async Task SeedAsync()
    {
        var db = Services.GetRequiredService<ArchiveDbContext>();
        ArchiveRecord? previous = null;
        foreach (var (number, content, phone, i) in new[]
                 {
                     ("QH20261120-0001", "幸福小区电梯长期故障无人维修", "13812340001", 1), ("QH20261120-0002", "城东路段夜间施工噪音扰民", "13812340002", 2),
                 })
        {
            var json = "{\"case\":{\"number\":\"" + number + "\"}}";
            var contents = new ArchiveRecord.Contents(Guid.NewGuid(), number, "Complaint", Guid.NewGuid(), "城乡建设/物业管理", Guid.NewGuid(), null, "县住房和城乡建设局",
                content, phone, false, RetentionPeriod.ThirtyYears, Closed.AddHours(i), json);
            previous = ArchiveRecord.Seal(contents, 2026, i, previous, null, Closed.AddHours(i), "系统");
            db.Records.Add(previous);
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_clerk_sees_the_records_and_narrows_them_by_keyword_and_number()
    {
        await SeedAsync();
        await SignInAsync("archivist");
        RenderProviders();
        var page = Render<ArchiveSearchPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=archive-row]").Count));
        Assert.Contains("共 2 件", page.Find("[data-testid=archive-total]").TextContent);
        Assert.Equal("2026-12345-000002", page.FindAll("[data-testid=archive-row]")[0].GetAttribute("data-number"));

        page.Find("input[data-testid=archive-keyword]").Change("噪音");
        page.Find("button[data-testid=archive-search]").Click();
        page.WaitForAssertion(() => Assert.Equal("2026-12345-000002", Assert.Single(page.FindAll("[data-testid=archive-row]")).GetAttribute("data-number")));

        page.Find("input[data-testid=archive-keyword]").Change("");
        page.Find("input[data-testid=archive-number]").Change("QH20261120-0001");
        page.Find("button[data-testid=archive-search]").Click();
        page.WaitForAssertion(() => Assert.Equal("2026-12345-000001", Assert.Single(page.FindAll("[data-testid=archive-row]")).GetAttribute("data-number")));
        Assert.Contains("/archive/records/", page.Find("[data-testid=archive-row] a").GetAttribute("href"));
    }

    [Fact]
    public async Task An_export_after_a_phone_search_queues_only_that_callers_records_with_the_number_masked()
    {
        await SeedAsync();
        await SignInAsync("archivist");
        RenderProviders();
        var page = Render<ArchiveSearchPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=archive-row]").Count));

        page.Find("input[data-testid=archive-phone]").Change("13812340001");
        page.Find("button[data-testid=archive-search]").Click();
        page.WaitForAssertion(() => Assert.Equal("2026-12345-000001", Assert.Single(page.FindAll("[data-testid=archive-row]")).GetAttribute("data-number")));
        // Typed but not searched: the export follows the list, not the form.
        page.Find("input[data-testid=archive-phone]").Change("");

        page.Find("input[data-testid=export-purpose]").Change("诉求人申请查阅本人档案");
        page.Find("button[data-testid=export-start]").Click();
        page.WaitForAssertion(() => Assert.Contains("已开始导出", page.Find("[data-testid=export-result]").TextContent), TimeSpan.FromSeconds(10));

        var job = Assert.Single(Services.GetRequiredService<ArchiveDbContext>().ExportJobs.AsNoTracking());
        Assert.Equal(1, job.Total);
        Assert.Equal("来电号码：138****0001", job.QueryText);
        Assert.DoesNotContain("13812340001", job.QueryJson);
        page.WaitForAssertion(() => Assert.Contains("来电号码：138****0001", page.Markup));
        Assert.DoesNotContain("13812340001", page.Markup);
    }

    [Fact]
    public async Task Another_role_gets_a_refusal_and_no_records()
    {
        await SeedAsync();
        await SignInAsync("agent");
        RenderProviders();
        var page = Render<ArchiveSearchPage>();
        page.WaitForAssertion(() => Assert.Contains("无权", page.Find("[data-testid=archive-error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=archive-row]"));
    }
}
