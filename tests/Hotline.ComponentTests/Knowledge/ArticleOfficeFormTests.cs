using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Knowledge.Attachments;
using Hotline.Knowledge.Authoring;
using Hotline.Platform.Attachments;
using Hotline.Platform.Catalog;
using Hotline.Testing;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.ComponentTests.Knowledge;

/// <summary>
/// The editor's picker takes Word and Excel forms and says so, naming every accepted type when it refuses one; the same
/// picker on a case form (Handling's notes, Supervision's responses) still takes images and PDF only.
/// </summary>
public sealed class ArticleOfficeFormTests : ComponentTestBase
{
    private InputFileContent File(byte[] content, string name) => InputFileContent.CreateFromBinary(content, name, Clock.GetUtcNow());

    private IReadOnlyList<string> Snackbars => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message!).ToList();

    [Fact]
    public async Task The_editor_attaches_a_word_form_and_refuses_a_legacy_doc_naming_the_accepted_types()
    {
        await SignInAsync("zjj");
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).Single(c => c.Code == "C0101");
        var id = await Services.GetRequiredService<ArticleAuthoring>().DraftAsync(
            new ArticleInput { Title = "维修资金申请", Body = "申请表见附件。", CategoryId = category.Id, IsPublic = true });
        RenderProviders();

        var editor = Render<ArticleEditorPage>(p => p.Add(x => x.Id, id));
        editor.WaitForState(() => editor.FindComponents<AttachmentPicker>().Count == 1);
        var picker = editor.FindComponent<AttachmentPicker>();
        Assert.Contains("图片、PDF、Word 或 Excel", picker.Find("[data-testid=editor-file-attach]").TextContent);
        Assert.Contains(".docx", picker.Find("input[type=file]").GetAttribute("accept"));

        picker.FindComponent<InputFile>().UploadFiles(File(OfficeFiles.Docx("维修资金申请表"), "维修资金申请表.docx"));
        editor.WaitForAssertion(() => Assert.Contains("Word 文档", editor.Find("[data-testid=editor-file][data-name='维修资金申请表.docx']").TextContent));

        editor.FindComponent<AttachmentPicker>().FindComponent<InputFile>().UploadFiles(File(OfficeFiles.Ole(), "旧表格.doc"));
        editor.WaitForAssertion(() => Assert.Contains($"文件“旧表格.doc”被拒绝：{AttachmentTypes.RefusedMessageFor(ArticleAttachments.Kinds)}", Snackbars));
        Assert.Contains("图片（JPG、PNG、GIF、WEBP、BMP）、PDF、Word（.docx）或 Excel（.xlsx）", AttachmentTypes.RefusedMessageFor(ArticleAttachments.Kinds));
        Assert.Single(editor.FindAll("[data-testid=editor-file]"));
    }

    [Fact]
    public void The_picker_of_a_case_form_still_refuses_a_word_document()
    {
        RenderProviders();
        var staged = new List<StagedAttachment>();
        var picker = Render<AttachmentPicker>(p => p.Add(x => x.Staged, staged).Add(x => x.TestIdPrefix, "note"));
        Assert.Contains("图片或 PDF", picker.Find("[data-testid=note-attach]").TextContent);
        Assert.DoesNotContain(".docx", picker.Find("input[type=file]").GetAttribute("accept"));

        picker.FindComponent<InputFile>().UploadFiles(File(OfficeFiles.Docx(), "证明材料.docx"));
        picker.WaitForAssertion(() => Assert.Contains($"文件“证明材料.docx”被拒绝：{AttachmentTypes.RefusedMessage}", Snackbars));
        Assert.Empty(staged);
    }
}
