using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Shared;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.OnlineRatings;
using Hotline.Evaluation.Supervision;
using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Settings;
using Hotline.Evaluation.CasePanel;
using Hotline.Evaluation.Public;
using Hotline.Handling.CasePanel;
using Hotline.Handling.CoOpinions;
using Hotline.Handling.Contact;
using Hotline.Handling.Deadlines;
using Hotline.Handling.Domain;
using Hotline.Handling.Extensions;
using Hotline.Handling.Facts;
using Hotline.Handling.Inbox;
using Hotline.Handling.Notes;
using Hotline.Handling.Persistence;
using Hotline.Handling.Redo;
using Hotline.Handling.Replies;
using Hotline.Handling.ResultNotice;
using Hotline.Handling.Settings;
using Hotline.Handling.Contracts;
using Hotline.Handling.Shared;
using Hotline.Handling.SignFor;
using Hotline.Handling.Timeline;
using Hotline.Handling.Workbench;
using Hotline.IntegrationTests.FlowSheet;
using Hotline.Intake.FlowSheet;
using Hotline.Platform.Cases;
using Hotline.Platform.Documents;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Privacy;

/// <summary>
/// What a unit reads of the caller in the flow sheet: no phone digits at all (#13.3), and not the center's notes
/// on contacting a caller the unit is shielded from (#13.20).
/// </summary>
public abstract class TimelinePrivacyTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task The_rating_sms_step_shows_no_caller_digits_to_a_unit_on_screen_or_on_paper_and_the_center_keeps_the_mask()
    {
        var housing = await PrivacyTestData.UnitAsync(app, DemoCountyData.HousingBureauCode);
        var c = await PrivacyTestData.DispatchedAsync(app, "13800005678", housing, confidential: true);
        await Evaluation.EvaluationTestData.ReplyAsync(app, c);
        await app.AsUserAsync("agent", sp => sp.GetRequiredService<RatingLinks>().SendAsync(c.CaseId, "https://hotline.test/"));

        var center = await PrivacyTestData.TimelineAsync(app, c.CaseId, CaseViewer.Center);
        Assert.Contains(center, s => s.Action == "发送评价链接" && s.Detail == "短信发送至 138****5678");

        var byUnit = await PrivacyTestData.TimelineAsync(app, c.CaseId, new CaseViewer(false, housing));
        var step = Assert.Single(byUnit, s => s.Action == "发送评价链接");
        Assert.Equal("短信发送至 诉求人", step.Detail);
        Assert.DoesNotContain("5678", PrivacyTestData.Text(byUnit));
        Assert.DoesNotContain("****", PrivacyTestData.Text(byUnit));

        // The printed sheet, read back from the PDF, carries no digit of the caller either.
        var sheet = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<FlowSheetService>().BuildAsync(c.CaseId));
        var printed = await DocumentText.PdfToTextAsync(await app.Service<DocumentRenderer>().RenderAsync(sheet.Document));
        Assert.Contains("发送评价链接", printed);
        Assert.DoesNotContain("5678", printed);
        Assert.DoesNotContain("****", printed);
    }

    [Fact]
    public async Task The_centers_contact_note_is_hidden_from_the_unit_complained_about_and_shown_to_an_unshielded_unit()
    {
        var housing = await PrivacyTestData.UnitAsync(app, DemoCountyData.HousingBureauCode);
        var about = await PrivacyTestData.DispatchedAsync(app, "13800005679", housing, subjectUnit: housing);
        const string note = "诉求人王女士称住建局工作人员曾上门施压";
        await app.AsUserAsync("agent", sp => sp.GetRequiredService<ContactService>()
            .RecordCenterContactAsync(about.AssignmentId, app.Clock.GetUtcNow().UtcDateTime, true, note));

        var byUnit = await PrivacyTestData.TimelineAsync(app, about.CaseId, new CaseViewer(false, housing));
        Assert.Contains(byUnit, s => s.Action.Contains("由中心代为联系") && s.Detail == CenterContactNotes.Withheld);
        Assert.DoesNotContain("施压", PrivacyTestData.Text(byUnit));
        Assert.Contains("施压", PrivacyTestData.Text(await PrivacyTestData.TimelineAsync(app, about.CaseId, CaseViewer.Center)));

        var contacts = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<AssignmentQueries>().ContactsAsync(about.AssignmentId));
        Assert.Equal(CenterContactNotes.Withheld, Assert.Single(contacts).Note);
        var panel = await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<CasePanelQuery>().GetAsync(about.CaseId));
        Assert.Equal(CenterContactNotes.Withheld, Assert.Single(Assert.Single(panel.Assignments).Contacts).Note);
        var centerPanel = await app.AsUserAsync("agent", sp => sp.GetRequiredService<CasePanelQuery>().GetAsync(about.CaseId));
        Assert.Equal(note, Assert.Single(Assert.Single(centerPanel.Assignments).Contacts).Note);

        // A unit not shielded from the caller reads the center's note.
        var open = await PrivacyTestData.DispatchedAsync(app, "13800005680", housing);
        await app.AsUserAsync("agent", sp => sp.GetRequiredService<ContactService>()
            .RecordCenterContactAsync(open.AssignmentId, app.Clock.GetUtcNow().UtcDateTime, true, "已代为转告办理进度"));
        Assert.Contains("已代为转告办理进度", PrivacyTestData.Text(await PrivacyTestData.TimelineAsync(app, open.CaseId, new CaseViewer(false, housing))));
    }
}

public sealed class SqliteTimelinePrivacyTests(SqliteApp app) : TimelinePrivacyTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbTimelinePrivacyTests(MariaDbApp app) : TimelinePrivacyTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
