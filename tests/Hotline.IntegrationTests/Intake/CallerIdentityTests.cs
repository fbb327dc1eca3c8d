using Hotline.Intake.CaseView;
using Hotline.Intake.Registration;
using Hotline.Intake.Contracts;
using Hotline.IntegrationTests.Dispatch;
using Hotline.Intake.Persistence;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Intake;

/// <summary>Confidentiality goes through the query interface other modules use, so these are the rules every screen inherits.</summary>
public abstract class CallerIdentityTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<CallerView> ViewAs(string user, Guid caseId) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ICallerIdentity>().ViewAsync(caseId));

    /// <summary>Registers, accepts and dispatches a complaint to zjj (lead) and scjgj (co-unit) through the real modules.</summary>
    private async Task<Guid> DispatchedAsync(RegistrationInput input)
    {
        var result = await IntakeTestData.RegisterAsync(app, input with { SubmissionKey = Guid.NewGuid() });
        await app.DeliverEventsAsync();
        var zjj = await DispatchTestData.UnitAsync(app, "ZJJ");
        var scjgj = await DispatchTestData.UnitAsync(app, "SCJGJ");
        await DispatchTestData.DispatchAsync(app, result.CaseId, zjj, [scjgj]);
        await app.DeliverEventsAsync();
        return result.CaseId;
    }

    [Fact]
    public async Task A_confidential_case_hides_the_caller_from_the_units_on_it()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13700000001");
        var caseId = await DispatchedAsync(input with { IsConfidential = true });
        var seen = await ViewAs("zjj", caseId);
        Assert.True(seen.IdentityWithheld);
        Assert.Null(seen.Phone);
        Assert.DoesNotContain("张", seen.Name);
        var reveal = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ICallerIdentity>().RevealAsync(caseId, "联系"));
        Assert.True(reveal.IdentityWithheld);
        Assert.Null(reveal.Phone);
    }

    [Fact]
    public async Task The_unit_complained_about_never_sees_the_complainant()
    {
        var zjj = await app.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("ZJJ"));
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13700000002");
        var caseId = await DispatchedAsync(input with { SubjectUnitId = zjj!.Id });
        var byZjj = await ViewAs("zjj.mgr", caseId);
        Assert.True(byZjj.IdentityWithheld);
        Assert.Equal("本单位为被投诉/举报对象", byZjj.WithheldReason);
        var byOtherUnit = await ViewAs("scjgj", caseId);
        Assert.False(byOtherUnit.IdentityWithheld);
        Assert.Equal("137****0002", byOtherUnit.Phone);
    }

    [Fact]
    public async Task The_unit_complained_about_neither_lists_nor_opens_the_complainants_attachments()
    {
        var zjj = await app.WithScopeAsync(sp => sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync("ZJJ"));
        var letter = await app.Service<Hotline.Platform.Attachments.AttachmentStore>().StageAsync(
            new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()), "实名举报信.pdf", 15);
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13700000003");
        var caseId = await DispatchedAsync(input with { SubjectUnitId = zjj!.Id, Attachments = [letter] });

        var byCenter = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<CaseDetails>().GetAsync(caseId));
        var attachmentId = Assert.Single(byCenter!.Attachments).Id;
        var byOtherUnit = await app.AsUserAsync("scjgj", sp => sp.GetRequiredService<CaseDetails>().GetAsync(caseId));
        Assert.Single(byOtherUnit!.Attachments);

        var bySubject = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<CaseDetails>().GetAsync(caseId));
        Assert.Empty(bySubject!.Attachments);
        Assert.Equal(1, bySubject.AttachmentsWithheld);
        var refused = await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("zjj", sp => sp.GetRequiredService<CaseDetails>().OpenAttachmentAsync(attachmentId)));
        Assert.Equal(CaseDetails.AttachmentsWithheldMessage, refused.Message);
    }

    [Fact]
    public async Task A_unit_on_the_case_reveals_the_phone_audited_and_a_unit_not_on_it_sees_nothing()
    {
        var result = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700000005") with { SubmissionKey = Guid.NewGuid() });
        await app.DeliverEventsAsync();
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ViewAs("zjj", result.CaseId));

        await DispatchTestData.DispatchAsync(app, result.CaseId, await DispatchTestData.UnitAsync(app, "ZJJ"));
        await app.DeliverEventsAsync();
        var revealed = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ICallerIdentity>().RevealAsync(result.CaseId, "联系诉求人"));
        Assert.Equal("13700000005", revealed.Phone);
        await app.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<IntakeDbContext>().AuditLog
            .AnyAsync(a => a.Action == "查看诉求人电话" && a.ObjectId == result.CaseNumber && a.UserName == "zjj")));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ViewAs("scjgj", result.CaseId));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("scjgj", sp => sp.GetRequiredService<CaseDetails>().GetAsync(result.CaseId)));
        var detail = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<CaseDetails>().GetAsync(result.CaseId));
        Assert.NotNull(detail);
        Assert.False(detail.IsCenterView);
        Assert.True(detail.CanRevealPhone);
        Assert.Contains(detail.Timeline, t => t.Stage == "派单");
    }

    [Fact]
    public async Task An_agent_reveal_is_audited_and_roles_without_need_are_refused()
    {
        var result = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700000003"));
        var byAgent = await ViewAs("agent", result.CaseId);
        Assert.Equal("137****0003", byAgent.Phone);

        var revealed = await app.AsUserAsync("agent", sp => sp.GetRequiredService<ICallerIdentity>().RevealAsync(result.CaseId, "回访"));
        Assert.Equal("13700000003", revealed.Phone);
        await app.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<IntakeDbContext>().AuditLog
            .AnyAsync(a => a.Action == "查看诉求人电话" && a.ObjectId == result.CaseNumber && a.UserName == "agent" && a.Detail == "回访")));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("assessor", sp => sp.GetRequiredService<ICallerIdentity>().RevealAsync(result.CaseId, "好奇")));
        // A unit not on the case is refused outright.
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("zjj", sp => sp.GetRequiredService<ICallerIdentity>().RevealAsync(result.CaseId, "联系")));
    }

    [Fact]
    public async Task Case_summaries_for_other_modules_carry_no_caller_identity()
    {
        var result = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13700000004"));
        var summary = await app.WithScopeAsync(sp => sp.GetRequiredService<ICaseDirectory>().GetAsync(result.CaseId));
        Assert.NotNull(summary);
        Assert.DoesNotContain(typeof(CaseSummary).GetProperties(), p => p.Name.Contains("Phone") || p.Name.Contains("CallerName"));
    }
}

public sealed class SqliteCallerIdentityTests(SqliteApp app) : CallerIdentityTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbCallerIdentityTests(MariaDbApp app) : CallerIdentityTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
