using System.Net;
using System.Text;
using Hotline.IntegrationTests.Identity;
using Hotline.Knowledge.Attachments;
using Hotline.Knowledge.Authoring;
using Hotline.Knowledge.Domain;
using Hotline.Knowledge.Persistence;
using Hotline.Knowledge.Versions;
using Hotline.Platform;
using Hotline.Platform.Attachments;
using Hotline.Platform.Downloads;
using Hotline.Platform.Persistence;
using Hotline.Platform.Rules;
using Hotline.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Knowledge.KnowledgeTestData;

namespace Hotline.IntegrationTests.Knowledge;

/// <summary>
/// An article's files: attached to the working copy by its unit, kept by the versions they were published with,
/// refused while the article is under review or when the store refuses them, served to the public only from a public
/// live version.
/// </summary>
public abstract class KnowledgeAttachmentTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private static byte[] Pdf(string marker) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    /// <param name="kinds">The store's default is what every case upload (Intake, Handling, Supervision) uses.</param>
    private Task<StagedAttachment> StageAsync(byte[] content, string fileName, AttachmentKinds kinds = AttachmentKinds.ImagesAndPdf) =>
        app.Service<AttachmentStore>().StageAsync(new MemoryStream(content), fileName, content.Length, kinds);

    private async Task<Guid> AttachAsync(Guid id, string user, params StagedAttachment[] files)
    {
        var version = (await ArticleAsync(app, id)).Version;
        return await app.AsUserAsync(user, sp => sp.GetRequiredService<ArticleAttachments>().AttachAsync(id, version, files));
    }

    private async Task RemoveAsync(Guid id, Guid attachmentId, string user = "zjj")
    {
        var version = (await ArticleAsync(app, id)).Version;
        await app.AsUserAsync(user, sp => sp.GetRequiredService<ArticleAttachments>().RemoveAsync(id, version, attachmentId));
    }

    private Task<IReadOnlyList<AttachmentRow>> ListAsync(Guid id, int? version, string user = "zjj") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ArticleAttachments>().ListAsync(id, version));

    /// <summary>The names in ordinal order: files attached at the same (test clock) moment list by name.</summary>
    private static IEnumerable<string> Names(IEnumerable<AttachmentRow> rows) => rows.Select(r => r.FileName).Order(StringComparer.Ordinal);

    private Task<int> RowsAsync(Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<KnowledgeDbContext>().Attachments.CountAsync(a => a.ArticleId == id));

    [Fact]
    public async Task The_unit_attaches_files_to_a_draft_and_removes_one_which_leaves_no_row()
    {
        var id = await DraftAsync(app, await InputAsync(app, "附件测试：物业费标准文件"));
        var before = (await ArticleAsync(app, id)).Version;
        var newVersion = await AttachAsync(id, "zjj", await StageAsync(Pdf("notice"), "收费标准通知.pdf"), await StageAsync(Png, "收费示意图.png"));

        var article = await ArticleAsync(app, id);
        Assert.NotEqual(before, newVersion);
        Assert.Equal((newVersion, ArticleStatus.Draft, "zjj"), (article.Version, article.Status, article.UpdatedBy));
        var files = await ListAsync(id, null);
        Assert.Equal(["收费标准通知.pdf", "收费示意图.png"], Names(files));
        var pdf = files.Single(f => f.FileName == "收费标准通知.pdf");
        Assert.Equal(("application/pdf", (long)Pdf("notice").Length), (pdf.ContentType, pdf.Size));

        await RemoveAsync(id, files.Single(f => f.FileName == "收费示意图.png").Id, "zjj.mgr");
        Assert.Equal(["收费标准通知.pdf"], Names(await ListAsync(id, null)));
        // Never published: the row itself goes.
        Assert.Equal(1, await RowsAsync(id));
        await app.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<PlatformDbContext>().AuditLog
            .AnyAsync(e => e.Action == "删除知识附件" && e.ObjectId == id.ToString() && e.Detail == "收费示意图.png")));
    }

    [Fact]
    public async Task Files_cannot_change_while_the_article_is_submitted_or_in_review()
    {
        var id = await DraftAsync(app, await InputAsync(app, "附件测试：审核中不能改附件"));
        await AttachAsync(id, "zjj", await StageAsync(Pdf("review"), "审核材料.pdf"));
        var file = Assert.Single(await ListAsync(id, null));
        await SubmitAsync(app, id);

        var attach = await Assert.ThrowsAsync<DomainRuleViolation>(async () => await AttachAsync(id, "zjj", await StageAsync(Png, "补充.png")));
        Assert.Equal(Article.MayEdit.Code, attach.Rule.Code);
        var remove = await Assert.ThrowsAsync<DomainRuleViolation>(() => RemoveAsync(id, file.Id));
        Assert.Equal(Article.MayEdit.Code, remove.Rule.Code);

        Assert.Equal(["审核材料.pdf"], Names(await ListAsync(id, null)));
        Assert.Equal(ArticleStatus.Submitted, (await ArticleAsync(app, id)).Status);
        // The editor sees the files before approving.
        Assert.Equal(["审核材料.pdf"], Names(await ListAsync(id, null, "kbeditor")));
    }

    [Fact]
    public async Task A_wrong_type_a_too_large_file_and_too_many_files_are_refused_and_nothing_is_attached()
    {
        var id = await DraftAsync(app, await InputAsync(app, "附件测试：拒绝的文件"));

        var exe = await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], "办事指南.pdf"));
        Assert.Contains(AttachmentTypes.RefusedMessage, exe.Message);
        var docx = await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(Pdf("word"), "申请表.docx"));
        Assert.Contains("被拒绝", docx.Message);
        var large = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.Service<AttachmentStore>().StageAsync(new MemoryStream(Pdf("big")), "大文件.pdf", AttachmentStore.MaxBytes + 1));
        Assert.Contains("超过 10 MB", large.Message);

        await AttachAsync(id, "zjj", await StageAsync(Pdf("one"), "一.pdf"));
        var eleven = new List<StagedAttachment>();
        for (var i = 0; i < Article.AttachmentMax; i++)
            eleven.Add(await StageAsync(Pdf($"many-{i}"), $"材料{i}.pdf"));
        var many = await Assert.ThrowsAsync<BusinessRuleException>(() => AttachAsync(id, "zjj", [.. eleven]));
        Assert.Contains($"最多 {Article.AttachmentMax} 个附件", many.Message);
        Assert.Equal(["一.pdf"], Names(await ListAsync(id, null)));

        var none = await Assert.ThrowsAsync<BusinessRuleException>(() => AttachAsync(id, "zjj"));
        Assert.Equal("请选择要添加的附件。", none.Message);
        Assert.Equal(1, await RowsAsync(id));
    }

    [Fact]
    public async Task A_published_version_keeps_its_files_when_the_next_draft_changes_them_and_restore_brings_them_back()
    {
        var id = await DraftAsync(app, await InputAsync(app, "附件测试：版本保留附件"));
        await AttachAsync(id, "zjj", await StageAsync(Pdf("v1-policy"), "2025年文件.pdf"), await StageAsync(Png, "流程图.png"));
        await SubmitAsync(app, id);
        Assert.Equal(1, await ApproveAsync(app, id));

        // The next draft: the old policy document replaced by the new one, the chart kept.
        var v1Files = await ListAsync(id, 1);
        await RemoveAsync(id, v1Files.Single(f => f.FileName == "2025年文件.pdf").Id);
        await AttachAsync(id, "zjj", await StageAsync(Pdf("v2-policy"), "2026年文件.pdf"));
        Assert.Equal(ArticleStatus.Draft, (await ArticleAsync(app, id)).Status);
        Assert.Equal(["2026年文件.pdf", "流程图.png"], Names(await ListAsync(id, null)));
        Assert.Equal(["2025年文件.pdf", "流程图.png"], Names(await ListAsync(id, 1)));
        // Other readers still get the live version's files, and not the draft's.
        Assert.Equal(["2025年文件.pdf", "流程图.png"], Names(await ListAsync(id, 1, "agent")));
        await Assert.ThrowsAsync<BusinessRuleException>(() => ListAsync(id, null, "agent"));

        await SubmitAsync(app, id);
        Assert.Equal(2, await ApproveAsync(app, id));
        Assert.Equal(["2025年文件.pdf", "流程图.png"], Names(await ListAsync(id, 1)));
        Assert.Equal(["2026年文件.pdf", "流程图.png"], Names(await ListAsync(id, 2, "agent")));
        // The old version's file stays readable to the unit and the editors (history), not to other readers.
        var old = v1Files.Single(f => f.FileName == "2025年文件.pdf").Id;
        var opened = await app.AsUserAsync("kbeditor", sp => sp.GetRequiredService<ArticleAttachments>().OpenAsync(old));
        await using (opened.Content)
            Assert.Equal(Pdf("v1-policy"), await ReadAllAsync(opened.Content));
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("agent", sp => sp.GetRequiredService<ArticleAttachments>().OpenAsync(old)));

        var diff = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ArticleHistory>().DiffAsync(id, 1, 2));
        var files = Assert.Single(diff.Fields, f => f.Label == "附件");
        Assert.Equal(("2025年文件.pdf、流程图.png", "2026年文件.pdf、流程图.png"), (files.Before, files.After));

        // Restoring version 1 gives the draft version 1's files again; version 2 keeps its own.
        var version = (await ArticleAsync(app, id)).Version;
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ArticleAuthoring>().RestoreAsync(id, version, 1));
        Assert.Equal(["2025年文件.pdf", "流程图.png"], Names(await ListAsync(id, null)));
        Assert.Equal(["2026年文件.pdf", "流程图.png"], Names(await ListAsync(id, 2)));
        Assert.Equal(["2025年文件.pdf", "流程图.png"], Names(await ListAsync(id, 1)));
        await SubmitAsync(app, id);
        Assert.Equal(3, await ApproveAsync(app, id));
        Assert.Equal(["2025年文件.pdf", "流程图.png"], Names(await ListAsync(id, 3)));
    }

    [Fact]
    public async Task The_public_endpoint_serves_only_files_of_public_live_versions()
    {
        var pub = await DraftAsync(app, await InputAsync(app, "附件测试：公开知识附件"));
        await AttachAsync(pub, "zjj", await StageAsync(Pdf("public"), "办事指南.pdf"));
        var input = await InputAsync(app, "附件测试：内部知识附件");
        input.IsPublic = false;
        var internalId = await DraftAsync(app, input);
        await AttachAsync(internalId, "zjj", await StageAsync(Pdf("internal"), "内部口径.pdf"));
        foreach (var id in new[] { pub, internalId })
        {
            await SubmitAsync(app, id);
            await ApproveAsync(app, id);
        }
        // A file added to the public article's next draft is not published yet.
        await AttachAsync(pub, "zjj", await StageAsync(Pdf("draft"), "草稿材料.pdf"));
        var pubFiles = await ListAsync(pub, null);
        var live = pubFiles.Single(f => f.FileName == "办事指南.pdf").Id;
        var draftOnly = pubFiles.Single(f => f.FileName == "草稿材料.pdf").Id;
        var internalFile = Assert.Single(await ListAsync(internalId, 1)).Id;

        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync($"/public/knowledge/{pub}/files/{live}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Pdf("public"), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("办事指南.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/public/knowledge/{pub}"));
        Assert.Contains($"/public/knowledge/{pub}/files/{live}", page);
        Assert.DoesNotContain("草稿材料.pdf", page);

        foreach (var (article, file) in new[] { (internalId, internalFile), (pub, draftOnly), (pub, internalFile), (internalId, live), (pub, Guid.NewGuid()) })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/public/knowledge/{article}/files/{file}")).StatusCode);

        // Signed in, every reader downloads the live version's files (internal ones too), audited; a draft's file only its unit and the editors.
        var opened = await app.AsUserAsync("agent", sp => sp.GetRequiredService<ArticleAttachments>().OpenAsync(internalFile));
        await opened.Content.DisposeAsync();
        await app.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<PlatformDbContext>().AuditLog
            .AnyAsync(e => e.Action == ArticleAttachments.DownloadAuditAction && e.ObjectId == internalId.ToString() && e.UserName == "agent")));
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("agent", sp => sp.GetRequiredService<ArticleAttachments>().OpenAsync(draftOnly)));
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("scjgj", sp => sp.GetRequiredService<ArticleAttachments>().OpenAsync(draftOnly)));
        (await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ArticleAttachments>().OpenAsync(draftOnly))).Content.Dispose();

        // Withdrawn: the public file is gone with the page.
        var version = (await ArticleAsync(app, pub)).Version;
        await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<ArticleAuthoring>().WithdrawAsync(pub, version, "政策调整"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/public/knowledge/{pub}/files/{live}")).StatusCode);
    }

    [Fact]
    public async Task Word_and_excel_forms_are_attached_and_always_downloaded_as_attachments_while_case_uploads_still_refuse_them()
    {
        var id = await DraftAsync(app, await InputAsync(app, "附件测试：办事表格"));
        byte[] docx = OfficeFiles.Docx("维修资金申请表"), xlsx = OfficeFiles.Xlsx("业主名单");
        var form = await StageAsync(docx, "维修资金申请表.docx", ArticleAttachments.Kinds);
        // A workbook saved under a .docx name is kept under the extension of what it is.
        var sheet = await StageAsync(xlsx, "业主名单.docx", ArticleAttachments.Kinds);
        Assert.Equal("业主名单.xlsx", sheet.FileName);
        var docm = await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(OfficeFiles.Docm(), "宏表格.docx", ArticleAttachments.Kinds));
        Assert.Contains("含宏", docm.Message);
        // A caller's or a unit's case material: the store's default still refuses a real document.
        var caseUpload = await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(docx, "证明材料.docx"));
        Assert.Equal($"文件“证明材料.docx”被拒绝：{AttachmentTypes.RefusedMessage}", caseUpload.Message);

        await AttachAsync(id, "zjj", form, sheet);
        await SubmitAsync(app, id);
        Assert.Equal(1, await ApproveAsync(app, id));
        var files = await ListAsync(id, 1, "agent");
        Assert.Equal([("业主名单.xlsx", "Excel 表格", AttachmentTypes.ExcelContentType), ("维修资金申请表.docx", "Word 文档", AttachmentTypes.WordContentType)],
            files.OrderBy(f => f.FileName, StringComparer.Ordinal).Select(f => (f.FileName, f.KindText, f.ContentType)));

        // The public endpoint and the signed-in download both send a document as an unsniffed attachment of its own type.
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var browser = new BrowserSession(app);
        await browser.SignInOrFailAsync("agent", "Demo@12345");
        var agent = await app.UserAsync("agent");
        foreach (var (name, type, content) in new[] { ("维修资金申请表.docx", AttachmentTypes.WordContentType, docx), ("业主名单.xlsx", AttachmentTypes.ExcelContentType, xlsx) })
        {
            var fileId = files.Single(f => f.FileName == name).Id;
            using var anonymous = await client.GetAsync($"/public/knowledge/{id}/files/{fileId}");
            var opened = await app.AsUserAsync("agent", sp => sp.GetRequiredService<ArticleAttachments>().OpenAsync(fileId));
            byte[] bytes;
            await using (opened.Content)
                bytes = await ReadAllAsync(opened.Content);
            // What FileDownloads.SaveUploadAsync hands the browser for the file the article page opened.
            var ticket = app.Service<DownloadTickets>().Issue(agent.Id, AttachmentTypes.WithContentExtension(opened.FileName, opened.ContentType), opened.ContentType, bytes);
            using var signedIn = await browser.GetAsync(DownloadEndpoints.Prefix + ticket);
            foreach (var response in new[] { anonymous, signedIn })
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
                Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
                Assert.Equal(name, response.Content.Headers.ContentDisposition.FileNameStar);
                Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
                Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
            }
        }
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/public/knowledge/{id}"));
        Assert.Contains("维修资金申请表.docx</a>（Word 文档，", page);
    }

    [Fact]
    public async Task Another_unit_can_neither_attach_to_nor_remove_from_an_article_not_its_own()
    {
        var id = await PublishedAsync(app, "附件测试：他单位不能改附件");
        await AttachAsync(id, "zjj", await StageAsync(Pdf("own"), "本单位材料.pdf"));
        var file = Assert.Single(await ListAsync(id, null));
        var staged = await StageAsync(Png, "他单位.png");

        var attach = await Assert.ThrowsAsync<DomainRuleViolation>(() => AttachAsync(id, "scjgj", staged));
        Assert.Equal(Article.OwnUnitOnly.Code, attach.Rule.Code);
        var remove = await Assert.ThrowsAsync<DomainRuleViolation>(() => RemoveAsync(id, file.Id, "scjgj.mgr"));
        Assert.Equal(Article.OwnUnitOnly.Code, remove.Rule.Code);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => AttachAsync(id, "agent", staged));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => AttachAsync(id, "kbeditor", staged));
        // Another unit does not even see the working copy's files.
        await Assert.ThrowsAsync<BusinessRuleException>(() => ListAsync(id, null, "scjgj"));

        Assert.Equal(["本单位材料.pdf"], Names(await ListAsync(id, null)));
        Assert.Equal("zjj", (await ArticleAsync(app, id)).UpdatedBy);
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}

public sealed class SqliteKnowledgeAttachmentTests(SqliteApp app) : KnowledgeAttachmentTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeAttachmentTests(MariaDbApp app) : KnowledgeAttachmentTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
