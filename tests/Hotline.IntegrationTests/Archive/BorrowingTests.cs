using Hotline.Archive.Borrowing;
using Hotline.Archive.Domain;
using Hotline.Archive.Persistence;
using Hotline.Platform;
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
    private Task<Guid> RequestAsync(string user, string number, string? reason = "复核该工单的办理过程") =>
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
        Assert.Equal("未找到可调阅的档案，请核对档案号。", other.Message);
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
