using System.Net;
using System.Text;
using Hotline.Handling.CasePanel;
using Hotline.Handling.CoOpinions;
using Hotline.Handling.Contact;
using Hotline.Handling.Deadlines;
using Hotline.Handling.Domain;
using Hotline.Handling.Extensions;
using Hotline.Handling.Facts;
using Hotline.Handling.Inbox;
using Hotline.Handling.Notes;
using Hotline.Handling.Redo;
using Hotline.Handling.Replies;
using Hotline.Handling.ResultNotice;
using Hotline.Handling.Settings;
using Hotline.Handling.Shared;
using Hotline.Handling.SignFor;
using Hotline.Handling.Timeline;
using Hotline.Handling.Workbench;
using Hotline.Handling.Persistence;
using Hotline.IntegrationTests.Handling;
using Hotline.IntegrationTests.Identity;
using Hotline.IntegrationTests.Intake;
using Hotline.Intake.Shared;
using Hotline.Intake.Registration;
using Hotline.Intake.Decisions;
using Hotline.Intake.Merging;
using Hotline.Intake.Repeats;
using Hotline.Intake.CaseSearch;
using Hotline.Intake.CaseView;
using Hotline.Intake.Progress;
using Hotline.Intake.Intercepted;
using Hotline.Intake.FlowSheet;
using Hotline.Intake.Settings;
using Hotline.Intake.Today;
using Hotline.Intake.Public;
using Hotline.Intake.Domain;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Hotline.Platform.Attachments;
using Hotline.Platform.Downloads;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Privacy;

/// <summary>
/// Uploads must be what their name says and are served as attachments that are never sniffed (#13.9); every download
/// of a caller's material is audited, from every place it can be opened (#13.10).
/// </summary>
public abstract class UploadAndDownloadTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private const string Password = "Demo@12345";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 9, 9, 9, 9];

    private Task<StagedAttachment> StageAsync(byte[] content, string fileName) =>
        app.Service<AttachmentStore>().StageAsync(new MemoryStream(content), fileName, content.Length);

    private static byte[] Unique(byte[] head) => head.Concat(Guid.NewGuid().ToByteArray()).ToArray();

    [Fact]
    public async Task A_bitmap_header_in_a_bat_file_is_refused_and_so_is_a_name_without_an_allowed_extension()
    {
        var bat = Unique(Encoding.ASCII.GetBytes("BM\r\n@echo off\r\nformat c: /q\r\n"));
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(bat, "照片.bat"));
        Assert.Equal($"文件“照片.bat”被拒绝：{AttachmentTypes.RefusedMessage}", ex.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(Unique(Png), "照片"));
        await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(Unique(Png), "照片.png.exe"));
        await Assert.ThrowsAsync<BusinessRuleException>(() => StageAsync(Unique(Png), "照片.html"));
    }

    [Fact]
    public async Task A_real_png_named_jpg_is_kept_under_the_extension_of_what_it_is()
    {
        var staged = await StageAsync(Unique(Png), "现场照片.JPG");
        Assert.Equal(("现场照片.png", "image/png"), (staged.FileName, staged.ContentType));
        var pdf = await StageAsync(Unique(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")), "材料.jpeg");
        Assert.Equal(("材料.pdf", "application/pdf"), (pdf.FileName, pdf.ContentType));
    }

    [Fact]
    public async Task A_download_is_an_unsniffed_attachment_for_its_owner_only_and_only_once()
    {
        var tickets = app.Service<DownloadTickets>();
        var zjj = await app.UserAsync("zjj");
        var agent = await app.UserAsync("agent");
        var content = Unique(Png);
        var forZjj = tickets.Issue(zjj.Id, "现场照片.png", "image/png", content);
        var forAgent = tickets.Issue(agent.Id, "材料.png", "image/png", content);

        using var browser = new BrowserSession(app);
        // Signed out: refused (sent to sign in), and the ticket is not used up.
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync(DownloadEndpoints.Prefix + forZjj)).StatusCode);
        await browser.SignInOrFailAsync("zjj", Password);

        using var response = await browser.GetAsync(DownloadEndpoints.Prefix + forZjj);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("现场照片.png", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(DownloadEndpoints.Prefix + forZjj)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(DownloadEndpoints.Prefix + forAgent)).StatusCode);
    }

    [Fact]
    public async Task Every_download_of_a_callers_material_is_audited_from_intake_the_notes_and_the_case_panel()
    {
        var photo = await StageAsync(Unique(Png), "诉求人照片.png");
        var registered = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700009901") with
        {
            Attachments = [photo], SubmissionKey = Guid.NewGuid(),
        });
        var detail = await app.AsUserAsync("assessor", sp => sp.GetRequiredService<CaseDetails>().GetAsync(registered.CaseId));
        var intakeFile = Assert.Single(detail!.Attachments);
        await app.AsUserAsync("assessor", async sp => (await sp.GetRequiredService<CaseDetails>().OpenAttachmentAsync(intakeFile.Id))!.Value.Content.Dispose());
        await app.WithScopeAsync(async sp => Assert.Single(await sp.GetRequiredService<IntakeDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.Action == CaseDetails.DownloadAuditAction && a.ObjectId == registered.CaseNumber && a.UserName == "assessor").ToListAsync()));

        var d = await HandlingTestData.DispatchAsync(app, "13700009902", withCo: false);
        await app.AsUserAsync("zjj", async sp => await sp.GetRequiredService<SignForService>().SignForAsync(d.LeadId, await HandlingTestData.VersionAsync(app, d.LeadId)));
        var staged = await StageAsync(Unique(Png), "整改照片.png");
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<NoteService>().AddAsync(d.LeadId, "已整改", [staged]));
        var panel = await app.AsUserAsync("agent", sp => sp.GetRequiredService<CasePanelQuery>().GetAsync(d.CaseId));
        var handlingFile = Assert.Single(Assert.Single(Assert.Single(panel.Assignments).Notes).Attachments);

        (await app.AsUserAsync("agent", sp => sp.GetRequiredService<CasePanelQuery>().OpenAttachmentAsync(handlingFile.Id))).Content.Dispose();
        (await app.AsUserAsync("zjj", sp => sp.GetRequiredService<NoteService>().OpenAsync(handlingFile.Id))).Content.Dispose();
        var audits = await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.Action == "下载办理附件" && a.ObjectId == d.CaseNumber).Select(a => a.UserName).ToListAsync());
        Assert.Equal(["agent", "zjj"], audits.Order().ToList());
    }
}

public sealed class SqliteUploadAndDownloadTests(SqliteApp app) : UploadAndDownloadTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbUploadAndDownloadTests(MariaDbApp app) : UploadAndDownloadTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
