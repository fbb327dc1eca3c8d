using System.Text;
using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Knowledge.Attachments;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Review;
using Hotline.Knowledge.Versions;
using Hotline.Platform.Attachments;
using Hotline.Platform.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Knowledge;

/// <summary>The editor's list of the working copy's files (remove with the chip) and the article page's list of the live version's files.</summary>
public sealed class ArticleAttachmentListTests : ComponentTestBase
{
    private static byte[] Pdf(string marker) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n%%EOF\n");

    private async Task<Guid> DraftWithFilesAsync()
    {
        await SignInAsync("zjj");
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).Single(c => c.Code == "C0101");
        var id = await Services.GetRequiredService<ArticleAuthoring>().DraftAsync(
            new ArticleInput { Title = "维修资金申请", Body = "申请表见附件。", CategoryId = category.Id, IsPublic = true });
        var store = Services.GetRequiredService<AttachmentStore>();
        var files = new List<StagedAttachment>();
        foreach (var name in new[] { "申请表.pdf", "办事指南.pdf" })
            files.Add(await store.StageAsync(new MemoryStream(Pdf(name)), name, Pdf(name).Length));
        var version = (await Services.GetRequiredService<ArticleHistory>().DetailsAsync(id)).Version;
        await Services.GetRequiredService<ArticleAttachments>().AttachAsync(id, version, files);
        return id;
    }

    [Fact]
    public async Task The_editor_lists_the_working_copys_files_and_removes_one_with_its_chip()
    {
        var id = await DraftWithFilesAsync();
        RenderProviders();

        var editor = Render<ArticleEditorPage>(p => p.Add(x => x.Id, id));
        editor.WaitForAssertion(() => Assert.Equal(["办事指南.pdf", "申请表.pdf"],
            editor.FindAll("[data-testid=editor-file]").Select(c => c.GetAttribute("data-name")).Order(StringComparer.Ordinal)));
        editor.FindAll("[data-testid=editor-file]").Single(c => c.GetAttribute("data-name") == "办事指南.pdf")
            .QuerySelector(".mud-chip-close-button")!.Click();
        editor.WaitForAssertion(() => Assert.Equal("申请表.pdf", editor.Find("[data-testid=editor-file]").GetAttribute("data-name")));

        // The page edits on against the version the removal left: saving the text is not a conflict with itself.
        editor.Find("input[data-testid=editor-title]").Change("维修资金申请（附申请表）");
        editor.Find("button[data-testid=editor-save]").Click();
        editor.WaitForAssertion(() => Assert.Equal("维修资金申请（附申请表）", Services.GetRequiredService<ArticleHistory>().DetailsAsync(id).Result.Working!.Title));
        Assert.Empty(editor.FindAll("[data-testid=editor-conflict]"));
    }

    [Fact]
    public async Task The_article_page_shows_an_agent_the_live_versions_files()
    {
        var id = await DraftWithFilesAsync();
        var history = Services.GetRequiredService<ArticleHistory>();
        await SignInAsync("zjj.mgr");
        await Services.GetRequiredService<ArticleAuthoring>().SubmitAsync(id, (await history.DetailsAsync(id)).Version);

        // The editor sees the submitted draft's files before approving.
        await SignInAsync("kbeditor");
        RenderProviders();
        var review = Render<ArticlePage>(p => p.Add(x => x.Id, id));
        review.WaitForAssertion(() => Assert.Equal(2, review.FindAll("[data-testid=article-file]").Count));
        await Services.GetRequiredService<ArticleReviews>().ApproveAsync(id, (await history.DetailsAsync(id)).Version);

        await SignInAsync("agent");
        var page = Render<ArticlePage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Equal(["办事指南.pdf", "申请表.pdf"],
            page.FindAll("[data-testid=article-file]").Select(b => b.GetAttribute("data-name")).Order(StringComparer.Ordinal)));
        Assert.Contains("附件（2）", page.Find("[data-testid=article-files]").TextContent);
    }
}
