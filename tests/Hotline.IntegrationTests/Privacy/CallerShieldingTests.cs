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
using Hotline.Handling.Shared;
using Hotline.Handling.SignFor;
using Hotline.Handling.Timeline;
using Hotline.Handling.Workbench;
using Hotline.Handling.Contracts;
using Hotline.IntegrationTests.Identity;
using Hotline.IntegrationTests.Intake;
using Hotline.Intake.Contracts;
using Hotline.Platform;
using Hotline.Platform.Cases;
using Hotline.Platform.Identity;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Privacy;

/// <summary>
/// One shielding rule (#13.4): the complained-about unit, its parent and its sub-units never learn who complained,
/// in Intake's caller view, Handling's workbench and Evaluation's revisit words alike.
/// </summary>
public abstract class CallerShieldingTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private async Task<Guid> ComplaintAboutAsync(Guid? subject, string phone, bool confidential = false)
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: phone);
        var result = await IntakeTestData.RegisterAsync(app, input with { SubjectUnitId = subject, IsConfidential = confidential, SubmissionKey = Guid.NewGuid() });
        return result.CaseId;
    }

    private Task<bool> ShieldedAsync(Guid caseId, Guid unitId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<ICallerShielding>().IsShieldedAsync(caseId, unitId));

    [Fact]
    public async Task The_subject_its_parent_and_its_sub_units_are_shielded_and_an_unrelated_unit_is_not()
    {
        var street = await PrivacyTestData.UnitAsync(app, DemoCountyData.ChengguanStreetCode);
        var community = await PrivacyTestData.UnitAsync(app, "CGJD-01");
        var sibling = await PrivacyTestData.UnitAsync(app, "CGJD-02");
        var housing = await PrivacyTestData.UnitAsync(app, DemoCountyData.HousingBureauCode);

        var aboutCommunity = await ComplaintAboutAsync(community, "13711110001");
        Assert.True(await ShieldedAsync(aboutCommunity, community));   // the subject itself
        Assert.True(await ShieldedAsync(aboutCommunity, street));      // its parent
        Assert.False(await ShieldedAsync(aboutCommunity, sibling));    // a sibling is not in the chain
        Assert.False(await ShieldedAsync(aboutCommunity, housing));    // an unrelated unit

        var aboutStreet = await ComplaintAboutAsync(street, "13711110002");
        Assert.True(await ShieldedAsync(aboutStreet, community));      // a sub-unit of the subject
        Assert.False(await ShieldedAsync(aboutStreet, housing));

        var confidential = await ComplaintAboutAsync(null, "13711110003", confidential: true);
        Assert.True(await ShieldedAsync(confidential, housing));
        Assert.False(await ShieldedAsync(await ComplaintAboutAsync(null, "13711110004"), housing));
        Assert.True(await ShieldedAsync(Guid.NewGuid(), housing));     // unknown case: nothing shown
    }

    [Fact]
    public async Task Handling_withholds_the_caller_from_the_parent_of_the_unit_complained_about()
    {
        var street = await PrivacyTestData.UnitAsync(app, DemoCountyData.ChengguanStreetCode);
        var community = await PrivacyTestData.UnitAsync(app, "CGJD-01");
        await app.CreateUserAsync("cgjd.shield", HotlineRoles.UnitHandler, DemoCountyData.ChengguanStreetCode);
        var c = await PrivacyTestData.DispatchedAsync(app, "13711110005", street, subjectUnit: community);

        var view = await app.AsUserAsync("cgjd.shield", sp => sp.GetRequiredService<AssignmentQueries>().GetAsync(c.AssignmentId));
        Assert.True(view.IdentityWithheld);
        var caller = await app.AsUserAsync("cgjd.shield", sp => sp.GetRequiredService<ICallerIdentity>().ViewAsync(c.CaseId));
        Assert.True(caller.IdentityWithheld);

        await app.AsUserAsync("cgjd.shield", async sp => await sp.GetRequiredService<SignForService>()
            .SignForAsync(c.AssignmentId, await Handling.HandlingTestData.VersionAsync(app, c.AssignmentId)));
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("cgjd.shield", sp => sp.GetRequiredService<ContactService>()
            .RecordAsync(c.AssignmentId, new ContactInput(app.Clock.GetUtcNow().UtcDateTime, ContactMethod.Phone, true, null))));
        Assert.Equal("诉求人身份已保密，请通过中心联系。", refused.Message);
        // Shielded, so the center contacts the caller for it.
        await app.AsUserAsync("cgjd.shield", sp => sp.GetRequiredService<ContactService>().RequestCenterContactAsync(c.AssignmentId, "请中心转告"));
    }

    [Fact]
    public async Task Revisit_words_are_hidden_from_the_parent_of_the_unit_complained_about_and_shown_to_an_unrelated_lead()
    {
        var street = await PrivacyTestData.UnitAsync(app, DemoCountyData.ChengguanStreetCode);
        var community = await PrivacyTestData.UnitAsync(app, "CGJD-01");
        var shielded = await PrivacyTestData.DispatchedAsync(app, "13711110006", street, subjectUnit: community);
        await PrivacyTestData.RevisitedWithWordsAsync(app, shielded, "社区主任上门威胁我撤诉");

        var byStreet = PrivacyTestData.Text(await PrivacyTestData.TimelineAsync(app, shielded.CaseId, new CaseViewer(false, street)));
        Assert.Contains("不满意", byStreet);
        Assert.DoesNotContain("威胁", byStreet);
        Assert.Contains("威胁", PrivacyTestData.Text(await PrivacyTestData.TimelineAsync(app, shielded.CaseId, CaseViewer.Center)));

        var housing = await PrivacyTestData.UnitAsync(app, DemoCountyData.HousingBureauCode);
        var open = await PrivacyTestData.DispatchedAsync(app, "13711110007", housing, subjectUnit: community);
        await PrivacyTestData.RevisitedWithWordsAsync(app, open, "维修人员态度很好");
        Assert.Contains("态度很好", PrivacyTestData.Text(await PrivacyTestData.TimelineAsync(app, open.CaseId, new CaseViewer(false, housing))));
    }
}

public sealed class SqliteCallerShieldingTests(SqliteApp app) : CallerShieldingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbCallerShieldingTests(MariaDbApp app) : CallerShieldingTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
