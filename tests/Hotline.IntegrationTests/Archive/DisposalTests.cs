using Hotline.Archive.Borrowing;
using Hotline.Archive.Disposal;
using Hotline.Archive.Domain;
using Hotline.Archive.Integrity;
using Hotline.Archive.Persistence;
using Hotline.Archive.Workbench;
using Hotline.Platform;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Archive.ArchiveTestData;

namespace Hotline.IntegrationTests.Archive;

/// <summary>
/// 到期鉴定与销毁 on real records: listed only past retention (on the test clock), proposed by the clerk, approved by the
/// administrator, the record emptied with its seal kept, the chain still intact, an unlawful emptying reported; and the refusals.
/// </summary>
public abstract class DisposalTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    /// <summary>The year the old records were closed in: long past a ten-year retention on the test clock (2026).</summary>
    private const int OldYear = 2014;

    private Task<(IReadOnlyList<DueRecord> Rows, int Total)> DueAsync(string user = "archivist") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<Disposals>().DueAsync());

    private Task<Guid> ProposeAsync(Guid recordId, string? reason = "经鉴定已无继续保存价值", string user = "archivist") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<Disposals>().ProposeAsync(recordId, reason));

    private async Task DecideAsync(Guid disposalId, bool approve, string? note = null, string user = "admin", Guid? version = null)
    {
        var loaded = version ?? await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Disposals.AsNoTracking()
            .Where(d => d.Id == disposalId).Select(d => d.Version).SingleAsync());
        await app.AsUserAsync(user, sp => sp.GetRequiredService<Disposals>().DecideAsync(disposalId, approve, note, loaded));
    }

    private Task<ArchiveRecord> RecordAsync(Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Records.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>
    /// A ten-year record closed in <see cref="OldYear"/>, as a record taken over from the county's former system would be:
    /// a real case's snapshot re-sealed at the end of that year's chain. (Moving the shared test clock ten years ahead
    /// would make every background pass catch up ten years.)
    /// </summary>
    private async Task<ArchiveRecord> OldRecordAsync(string phone)
    {
        var closed = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, phone, withExtension: false)).CaseId));
        var original = Snapshot(closed);
        var caseId = Guid.NewGuid();
        var closedAt = new DateTime(OldYear, 6, 1, 2, 0, 0, DateTimeKind.Utc).AddMinutes(int.Parse(phone[^4..]));
        var snapshot = original with
        {
            Case = original.Case with { CaseId = caseId, Number = "QH2014" + phone[^6..] },
            Closing = original.Closing with { ClosedAtUtc = closedAt },
        };
        return await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var previous = await db.Records.Where(r => r.Year == OldYear).OrderByDescending(r => r.Sequence).FirstOrDefaultAsync();
            var contents = new ArchiveRecord.Contents(caseId, snapshot.Case.Number, snapshot.Case.RequestTypeCode, snapshot.Case.CategoryId,
                snapshot.Case.Category, snapshot.Case.AreaId, closed.LeadUnitId, closed.LeadUnitName, snapshot.Case.Content, phone, false,
                RetentionPeriod.TenYears, closedAt, CanonicalJson.Serialize(snapshot));
            var record = ArchiveRecord.Seal(contents, OldYear, (previous?.Sequence ?? 0) + 1, previous, null, closedAt.AddDays(1), "系统");
            db.Records.Add(record);
            await db.SaveChangesAsync();
            return record;
        });
    }

    [Fact]
    public async Task A_record_past_retention_is_proposed_approved_and_emptied_keeping_its_seal_and_the_chain()
    {
        var recent = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, "13900007005", withExtension: false)).CaseId));
        var record = await OldRecordAsync("13900007001");
        var due = await DueAsync("admin");
        Assert.Contains(due.Rows, r => r.Id == record.Id);
        Assert.DoesNotContain(due.Rows, r => r.Id == recent.Id);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ProposeAsync(record.Id, user: "admin"));
        var noReason = await Assert.ThrowsAsync<BusinessRuleException>(() => ProposeAsync(record.Id, reason: " "));
        Assert.Equal("请填写鉴定意见（销毁理由）。", noReason.Message);
        var id = await ProposeAsync(record.Id);
        Assert.True((await DueAsync()).Rows.Single(r => r.Id == record.Id).Proposed);
        await Assert.ThrowsAsync<BusinessRuleException>(() => ProposeAsync(record.Id));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => DecideAsync(id, approve: true, user: "archivist"));
        Assert.False((await RecordAsync(record.Id)).Destroyed);

        await DecideAsync(id, approve: true, note: "同意销毁");
        var destroyed = await RecordAsync(record.Id);
        Assert.True(destroyed.Destroyed);
        Assert.Equal("", destroyed.SnapshotJson);
        Assert.Null(destroyed.CallerPhone);
        Assert.Equal(record.RecordHash, destroyed.RecordHash);
        Assert.DoesNotContain((await DueAsync()).Rows, r => r.Id == record.Id);
        var line = (await app.AsUserAsync("archivist", sp => sp.GetRequiredService<Disposals>().RegisterAsync())).Single(d => d.Id == id);
        Assert.Equal((DisposalState.Approved, "admin", record.RecordHash), (line.State, line.DecidedBy, line.RecordHash));

        var read = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveRecords>().GetAsync(record.Id)));
        Assert.Contains("经批准销毁", read.Message);
        var year = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveIntegrity>().VerifyYearAsync(record.Year));
        Assert.DoesNotContain(year.Problems, p => p.ArchiveNumber == record.ArchiveNumber);

        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.ObjectId == record.ArchiveNumber).Select(a => a.Action).ToListAsync());
        Assert.Contains(Disposals.ProposeAction, actions);
        Assert.Contains(Disposals.DecideAction, actions);
    }

    [Fact]
    public async Task A_record_emptied_without_an_approved_disposal_is_reported_by_its_number()
    {
        var record = await OldRecordAsync("13900007002");
        await RawUpdateAsync(app, $"SnapshotJson = '', DestroyedAtUtc = ArchivedAtUtc, DisposalId = '{Guid.NewGuid()}'", record.ArchiveNumber);
        var report = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveIntegrity>().VerifyRecordAsync(record.Id));
        var problem = Assert.Single(report.Problems);
        Assert.Equal(record.ArchiveNumber, problem.ArchiveNumber);
        Assert.Contains("销毁登记簿中没有", problem.Message);
    }

    [Fact]
    public async Task A_record_under_borrowing_waits_a_refusal_needs_a_reason_and_a_stale_decision_is_refused()
    {
        var record = await OldRecordAsync("13900007003");
        var borrow = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<Borrowings>().RequestAsync(record.ArchiveNumber, "复核办理过程"));
        await app.AsUserAsync("archivist", sp => sp.GetRequiredService<Borrowings>().DecideAsync(borrow.Id, true, 1, null));
        var borrowed = await Assert.ThrowsAsync<BusinessRuleException>(() => ProposeAsync(record.Id));
        Assert.Contains("调阅期内", borrowed.Message);

        app.Clock.Advance(TimeSpan.FromDays(2));
        var id = await ProposeAsync(record.Id);
        var stale = await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Disposals.AsNoTracking().Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        var noReason = await Assert.ThrowsAsync<BusinessRuleException>(() => DecideAsync(id, approve: false));
        Assert.Equal("不予销毁时请说明理由。", noReason.Message);
        await DecideAsync(id, approve: false, note: "涉及信访事项，继续保存");
        Assert.False((await RecordAsync(record.Id)).Destroyed);
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => DecideAsync(id, approve: true, version: stale));
        Assert.Contains("已被他人处理", again.Message);
        Assert.False((await RecordAsync(record.Id)).Destroyed);
    }

    [Fact]
    public async Task The_clerk_finds_records_by_the_whole_caller_number_only_and_each_such_search_is_audited()
    {
        var record = Assert.Single(await RecordsAsync(app, (await ClosedCaseAsync(app, "13900007004", withExtension: false)).CaseId));
        var (rows, total) = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveSearch>().SearchAsync(new ArchiveQuery { CallerPhone = "139 0000 7004" }));
        Assert.Equal(1, total);
        Assert.Equal(record.ArchiveNumber, Assert.Single(rows).ArchiveNumber);

        var partial = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveSearch>().SearchAsync(new ArchiveQuery { CallerPhone = "7004" })));
        Assert.Equal(PhoneDigits.PartialRefused, partial.Message);
        Assert.Equal(nameof(ArchiveQuery.CallerPhone), partial.Field);

        var audited = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.Action == ArchiveSearch.PhoneSearchAction).Select(a => a.ObjectId).ToListAsync());
        Assert.Contains("139****7004", audited);
        Assert.DoesNotContain(audited, a => a != null && a.Contains("13900007004"));
    }
}

public sealed class SqliteDisposalTests(SqliteApp app) : DisposalTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbDisposalTests(MariaDbApp app) : DisposalTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
