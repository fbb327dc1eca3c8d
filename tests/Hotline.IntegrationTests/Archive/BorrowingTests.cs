using System.Net;
using Hotline.Archive.Borrowing;
using Hotline.Archive.Document;
using Hotline.Archive.Domain;
using Hotline.Archive.Persistence;
using Hotline.Archive.Workbench;
using Hotline.Evaluation.Contracts;
using Hotline.Handling.Contracts;
using Hotline.IntegrationTests.Handling;
using Hotline.IntegrationTests.FlowSheet;
using Hotline.IntegrationTests.Identity;
using Hotline.Intake.Contracts;
using Hotline.Platform;
using Hotline.Platform.Documents;
using Hotline.Platform.Seeding;
using Hotline.Platform.Rules;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Archive.ArchiveTestData;

namespace Hotline.IntegrationTests.Archive;

/// <summary>调阅: request with a reason, the clerk's approval for a period, reading while it runs, expiry on the test clock, refusals.</summary>
public abstract class BorrowingTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private async Task<Guid> RequestAsync(string user, string number, string? reason = "复核该工单的办理过程") =>
        (await AskAsync(user, number, reason)).Id;

    private Task<BorrowReceipt> AskAsync(string user, string number, string? reason = "复核该工单的办理过程") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<Borrowings>().RequestAsync(number, reason));

    private Task DecideAsync(Guid id, bool approve, int days = 3, string? note = null, string user = "archivist") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<Borrowings>().DecideAsync(id, approve, days, note));

    private Task<Hotline.Archive.Workbench.RecordView> ReadAsync(string user, Guid id) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<Borrowings>().ReadAsync(id));

    [Fact]
    public async Task An_approved_request_opens_the_record_until_the_period_ends_all_audited()
    {
        var record = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, "13900005001", withExtension: false)).CaseId));
        var id = await RequestAsync("supervisor", record.ArchiveNumber);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ReadAsync("supervisor", id));   // not yet approved

        await DecideAsync(id, approve: true, days: 3);
        var view = await ReadAsync("supervisor", id);
        Assert.Equal(record.ArchiveNumber, view.ArchiveNumber);
        Assert.Equal("139****5001", view.Snapshot.Caller.Phone);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ReadAsync("assessor", id));   // someone else's approval

        app.Clock.Advance(TimeSpan.FromDays(3));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ReadAsync("supervisor", id));
        var mine = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<Borrowings>().MineAsync());
        Assert.False(mine.Single(r => r.Id == id).Open);

        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.ObjectId == record.ArchiveNumber).Select(a => a.Action).ToListAsync());
        Assert.Contains(Borrowings.RequestAction, actions);
        Assert.Contains(Borrowings.DecideAction, actions);
        Assert.Contains(Borrowings.ReadAction, actions);
    }

    [Fact]
    public async Task A_copy_loaded_before_another_clerk_decided_cannot_overwrite_that_decision()
    {
        var record = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, "13900005007", withExtension: false)).CaseId));
        var id = await RequestAsync("supervisor", record.ArchiveNumber);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var stale = await db.Borrowings.SingleAsync(b => b.Id == id);
            await DecideAsync(id, approve: true);
            stale.Refuse(sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, "archivist", "理由不充分");
            var conflict = await Assert.ThrowsAsync<BusinessRuleException>(() => db.SaveOrConflictAsync(Borrowings.DecidedMeanwhile));
            Assert.Equal(Borrowings.DecidedMeanwhile, conflict.Message);
        });
        Assert.Equal(BorrowState.Approved, (await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Borrowings.AsNoTracking().SingleAsync(b => b.Id == id))).State);
    }

    [Fact]
    public async Task A_unit_borrows_only_records_it_led_and_a_refusal_needs_a_reason()
    {
        var record = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, "13900005002", withExtension: false)).CaseId));
        var other = await Assert.ThrowsAsync<BusinessRuleException>(() => RequestAsync("scjgj.mgr", record.ArchiveNumber));
        Assert.Equal("未找到可调阅的档案，请核对档案号或工单号。", other.Message);
        var missing = await Assert.ThrowsAsync<BusinessRuleException>(() => RequestAsync("scjgj.mgr", "2026-12345-999999"));
        Assert.Equal(other.Message, missing.Message);

        var id = await RequestAsync("zjj.mgr", record.ArchiveNumber);
        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() => RequestAsync("zjj.mgr", record.ArchiveNumber));
        Assert.Contains("待审批", twice.Message);
        var noReason = await Assert.ThrowsAsync<BusinessRuleException>(() => DecideAsync(id, approve: false));
        Assert.Equal("不批准时请填写理由。", noReason.Message);
        await DecideAsync(id, approve: false, note: "理由不充分");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ReadAsync("zjj.mgr", id));
        var again = await Assert.ThrowsAsync<DomainRuleViolation>(() => DecideAsync(id, approve: true));
        Assert.Equal(BorrowRequest.DecidedOnce.Code, again.Rule.Code);
        Assert.Equal(BorrowState.Refused, (await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Borrowings.AsNoTracking().SingleAsync(b => b.Id == id))).State);
    }

    /// <summary>The case closed once more (as after a redo): a 补充归档 record beside the original.</summary>
    private async Task<ArchiveRecord> SupplementAsync(DispatchedCase d)
    {
        var closed = await app.WithScopeAsync(sp => sp.GetRequiredService<IEvaluationRecordFacts>().ClosedCaseAsync(d.CaseId));
        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.PublishAsync(new CaseClosed(d.CaseId, d.CaseNumber, ClosingOutcome.SupervisorDecided, closed!.IntakeRating, Rating.Satisfied,
            true, closed.LeadUnitId, app.Clock.GetUtcNow().UtcDateTime));
        await app.DeliverEventsAsync();
        return (await RecordsAsync(app, d.CaseId)).Single(r => r.Kind == RecordKind.Supplementary);
    }

    [Fact]
    public async Task A_unit_manager_borrows_by_case_number_the_cases_original_record_and_another_unit_cannot()
    {
        var d = await ClosedCaseAsync(app, "13900005031", withExtension: false);
        var original = Assert.Single(await RecordsAsync(app, d.CaseId));
        var supplement = await SupplementAsync(d);

        // Another unit: the same words as for a case that does not exist, so it learns nothing about the case.
        var other = await Assert.ThrowsAsync<BusinessRuleException>(() => RequestAsync("scjgj.mgr", d.CaseNumber));
        Assert.Equal(Borrowings.NotArchivedForUnit(d.CaseNumber), other.Message);
        Assert.Equal("number", other.Field);
        var missing = await Assert.ThrowsAsync<BusinessRuleException>(() => RequestAsync("scjgj.mgr", "QH209912310001"));
        Assert.Equal(Borrowings.NotArchivedForUnit("QH209912310001"), missing.Message);

        // The leading unit: the original record, and the message names it and the supplement.
        var receipt = await AskAsync("zjj.mgr", d.CaseNumber);
        Assert.Equal((original.ArchiveNumber, d.CaseNumber), (receipt.ArchiveNumber, receipt.CaseNumber));
        Assert.Equal(new[] { supplement.ArchiveNumber }, receipt.Supplements);
        Assert.Contains($"工单 {d.CaseNumber} 的原始档案 {original.ArchiveNumber}", receipt.Message);
        Assert.Contains($"补充归档 {supplement.ArchiveNumber}", receipt.Message);
        var request = await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Borrowings.AsNoTracking().SingleAsync(b => b.Id == receipt.Id));
        Assert.Equal((original.Id, original.ArchiveNumber), (request.RecordId, request.ArchiveNumber));
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AnyAsync(a =>
            a.Action == Borrowings.RequestAction && a.ObjectId == original.ArchiveNumber && a.UserName == "zjj.mgr" && a.Detail!.Contains($"按工单号 {d.CaseNumber}"))));
        // The case number asked again names the same record: the pending request stands.
        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() => RequestAsync("zjj.mgr", d.CaseNumber.ToLowerInvariant()));
        Assert.Contains($"档案 {original.ArchiveNumber} 已有您待审批", twice.Message);

        await DecideAsync(receipt.Id, approve: true);
        Assert.Equal(original.ArchiveNumber, (await ReadAsync("zjj.mgr", receipt.Id)).ArchiveNumber);
        // The supplement is borrowed by its own number, by the same rule.
        Assert.Equal(supplement.ArchiveNumber, (await AskAsync("zjj.mgr", supplement.ArchiveNumber)).ArchiveNumber);
        var otherSupplement = await Assert.ThrowsAsync<BusinessRuleException>(() => RequestAsync("scjgj.mgr", supplement.ArchiveNumber));
        Assert.Equal(Borrowings.NotFound, otherSupplement.Message);
    }

    [Fact]
    public async Task A_case_number_without_a_record_yet_is_told_not_archived()
    {
        var open = await HandlingTestData.DispatchAsync(app, "13900005032", withCo: false);   // dispatched to 住建局, not closed
        var center = await Assert.ThrowsAsync<BusinessRuleException>(() => RequestAsync("supervisor", open.CaseNumber));
        Assert.Equal(Borrowings.NotArchived(open.CaseNumber), center.Message);
        Assert.StartsWith($"工单 {open.CaseNumber} 尚未归档", center.Message);
        // The unit leading it is told the same as for any case it could not borrow.
        var unit = await Assert.ThrowsAsync<BusinessRuleException>(() => RequestAsync("zjj.mgr", open.CaseNumber));
        Assert.Equal(Borrowings.NotArchivedForUnit(open.CaseNumber), unit.Message);
        // An archive number that does not exist stays 档案 not found.
        var missing = await Assert.ThrowsAsync<BusinessRuleException>(() => RequestAsync("supervisor", "2026-12345-999998"));
        Assert.Equal(Borrowings.NotFound, missing.Message);
    }

    /// <summary>Borrowed by <paramref name="user"/>, approved by the clerk.</summary>
    private async Task<Guid> BorrowedAsync(string user, string archiveNumber)
    {
        var id = await RequestAsync(user, archiveNumber);
        await DecideAsync(id, approve: true);
        return id;
    }

    private static string TimelineText(RecordView view) => string.Join("\n", view.Snapshot.Timeline.Select(t => $"{t.Action} {t.Detail}"));

    [Fact]
    public async Task The_unit_complained_about_borrows_the_record_without_the_callers_name_digits_words_or_the_centers_note()
    {
        // A complaint about 住建局 itself, led by it: the live rule shields 住建局 from the caller.
        const string phone = "13900005021";
        const string note = "诉求人张先生称住建局工作人员曾上门施压";
        var c = await ClosedCaseAsync(app, phone, withExtension: false, subjectCode: "ZJJ", ratingLink: true,
            content: "投诉住建局对小区电梯停运问题推诿不办", centerContactNote: note);
        var record = Assert.Single(await RecordsAsync(app, c.CaseId));
        var id = await BorrowedAsync("zjj.mgr", record.ArchiveNumber);

        var view = await ReadAsync("zjj.mgr", id);
        Assert.Equal(CallerShield.SubjectReason, view.CallerWithheldReason);
        Assert.Equal((CallerShield.Withheld, CallerShield.Withheld), (view.Snapshot.Caller.Name, view.Snapshot.Caller.Phone));
        var timeline = TimelineText(view);
        Assert.Contains("发送评价链接 短信发送至 诉求人", timeline);   // the step is there, without the number
        Assert.DoesNotContain("****", timeline);
        Assert.DoesNotContain("5021", timeline);
        Assert.DoesNotContain("电梯修好了", timeline);               // the caller's words at the revisit
        Assert.DoesNotContain("施压", timeline);                     // the center's note on contacting the caller
        Assert.Contains(CenterContactNotes.Withheld, timeline);
        Assert.All(view.Snapshot.Revisits, r => Assert.Null(r.CallerWords));

        // Anything printed from what the unit was given carries none of it either.
        var printed = await DocumentText.PdfToTextAsync(app.Service<DocumentRenderer>().Render(RecordLayout.Build(view, app.Clock.GetUtcNow().UtcDateTime, "钱芳")));
        Assert.Contains("发送评价链接", printed);
        Assert.DoesNotContain("张先生", printed);
        Assert.DoesNotContain("5021", printed);
        Assert.DoesNotContain("****", printed);
        // The record's own print is the clerk's alone.
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<RecordPdfService>().BuildAsync(record.Id)));

        // The page the unit manager gets.
        using var browser = new BrowserSession(app);
        await browser.SignInOrFailAsync("zjj.mgr", DemoAccounts.Password);
        var response = await browser.GetAsync($"/archive/borrow/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(record.ArchiveNumber, html);
        Assert.Contains(CallerShield.SubjectReason, html);
        Assert.Contains("短信发送至 诉求人", html);
        Assert.DoesNotContain("张先生", html);
        Assert.DoesNotContain("139****", html);
        Assert.DoesNotContain(phone, html);
        Assert.DoesNotContain("电梯修好了", html);
        Assert.DoesNotContain("施压", html);

        // Center roles read the record as before: the clerk and a center borrower see the caller masked, and the steps as written.
        var clerk = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveRecords>().GetAsync(record.Id));
        Assert.Null(clerk.CallerWithheldReason);
        Assert.Equal(("张先生", "139****5021"), (clerk.Snapshot.Caller.Name, clerk.Snapshot.Caller.Phone));
        Assert.Contains("短信发送至 139****5021", TimelineText(clerk));
        Assert.Contains("施压", TimelineText(clerk));
        Assert.Contains("电梯修好了", TimelineText(clerk));
        var supervisor = await ReadAsync("supervisor", await BorrowedAsync("supervisor", record.ArchiveNumber));
        Assert.Null(supervisor.CallerWithheldReason);
        Assert.Equal(("张先生", "139****5021"), (supervisor.Snapshot.Caller.Name, supervisor.Snapshot.Caller.Phone));
        Assert.Equal(TimelineText(clerk), TimelineText(supervisor));
    }

    [Fact]
    public async Task A_leading_unit_not_complained_about_sees_the_caller_masked_and_no_digits_in_the_steps()
    {
        // A complaint about 市场监管局, led by 住建局: 住建局 is not in the complained-about chain.
        var c = await ClosedCaseAsync(app, "13900005022", withExtension: false, subjectCode: "SCJGJ", ratingLink: true,
            content: "投诉市场监管局对电梯维保公司监管不力");
        var record = Assert.Single(await RecordsAsync(app, c.CaseId));
        var view = await ReadAsync("zjj.mgr", await BorrowedAsync("zjj.mgr", record.ArchiveNumber));

        Assert.Null(view.CallerWithheldReason);
        Assert.Equal(("张先生", "139****5022"), (view.Snapshot.Caller.Name, view.Snapshot.Caller.Phone));
        var timeline = TimelineText(view);
        // As on the live case, a unit reads no digit of the caller in a step, but it may read the caller's words.
        Assert.Contains("发送评价链接 短信发送至 诉求人", timeline);
        Assert.DoesNotContain("****", timeline);
        Assert.Contains("电梯修好了", timeline);
        Assert.Contains("电梯修好了", view.Snapshot.Revisits.Select(r => r.CallerWords));
    }

    [Fact]
    public async Task A_unit_borrowing_a_confidential_record_sees_no_caller()
    {
        var c = await ClosedCaseAsync(app, "13900005023", withExtension: false, confidential: true, centerContactNote: "已转告诉求人办理安排");
        var record = Assert.Single(await RecordsAsync(app, c.CaseId));
        var view = await ReadAsync("zjj.mgr", await BorrowedAsync("zjj.mgr", record.ArchiveNumber));
        Assert.Equal(CallerShield.ConfidentialReason, view.CallerWithheldReason);
        Assert.Equal((CallerShield.Withheld, CallerShield.Withheld), (view.Snapshot.Caller.Name, view.Snapshot.Caller.Phone));
        Assert.DoesNotContain("5023", TimelineText(view));
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("zjj")]
    [InlineData("archivist")]
    public async Task Roles_without_borrowing_are_refused_and_only_the_clerk_decides(string user)
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => RequestAsync(user, "2026-12345-000001"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => DecideAsync(Guid.NewGuid(), true, user: "supervisor"));
    }
}

public sealed class SqliteBorrowingTests(SqliteApp app) : BorrowingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbBorrowingTests(MariaDbApp app) : BorrowingTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
