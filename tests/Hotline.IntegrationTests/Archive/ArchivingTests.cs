using Hotline.Archive.Archiving;
using Hotline.Archive.Domain;
using Hotline.Archive.Integrity;
using Hotline.Archive.Persistence;
using Hotline.Evaluation.Contracts;
using Hotline.Platform.Auditing;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Archive.ArchiveTestData;

namespace Hotline.IntegrationTests.Archive;

/// <summary>Closing a case through the real services archives it from every module's contracts; redelivery, backfill and a later closing.</summary>
public abstract class ArchivingTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task A_closed_case_becomes_one_record_with_every_modules_data()
    {
        var d = await ClosedCaseAsync(app, "13900001001");

        var record = Assert.Single(await RecordsAsync(app, d.CaseId));
        Assert.Matches(@"^\d{4}-12345-\d{6}$", record.ArchiveNumber);
        Assert.Equal((RecordKind.Original, d.CaseNumber, RetentionPeriod.ThirtyYears, false), (record.Kind, record.CaseNumber, record.Retention, record.Confidential));
        Assert.Equal(RecordHashing.Sha256(record.SnapshotJson), record.SnapshotSha256);
        Assert.Equal(CanonicalJson.Canonicalize(record.SnapshotJson), record.SnapshotJson);

        var s = Snapshot(record);
        Assert.Equal(("张先生", "13900001001"), (s.Caller.Name, s.Caller.Phone));
        Assert.Contains("小区电梯停运多日无人维修", s.Case.Content);
        Assert.Equal(("投诉", "待派单"), (s.Case.RequestType, s.Acceptance.Decision));
        Assert.Equal(("县住房和城乡建设局", "主办"), (Assert.Single(s.Assignments).Unit, s.Assignments[0].Role));
        var reply = Assert.Single(s.Replies);
        Assert.Equal(("县住房和城乡建设局", "已解决"), (reply.Unit, reply.Result));
        Assert.Equal("已批准", Assert.Single(s.Extensions).Decision);
        var revisit = Assert.Single(s.Revisits);
        Assert.Equal(("非常满意", "电梯修好了"), (revisit.HandlingRating, revisit.CallerWords));
        Assert.Equal(("满意办结", "县住房和城乡建设局"), (s.Closing.Outcome, s.Closing.LeadUnit));
        var photo = Assert.Single(s.Attachments);
        Assert.Equal(("现场照片.png", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Png))), (photo.FileName, photo.Sha256));
        Assert.Contains(s.Timeline, t => t.Action.Contains("签收"));
        Assert.Contains(s.Timeline, t => t.Action == "登记");
    }

    [Fact]
    public async Task Records_chain_in_order_and_the_same_closing_delivered_again_is_not_archived_twice()
    {
        var first = await ClosedCaseAsync(app, "13900001002", withExtension: false);
        var second = await ClosedCaseAsync(app, "13900001003", withExtension: false);
        var a = Assert.Single(await RecordsAsync(app, first.CaseId));
        var b = Assert.Single(await RecordsAsync(app, second.CaseId));
        Assert.Equal(a.Year, b.Year);
        Assert.True(b.Sequence > a.Sequence);
        var justBefore = await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Records.AsNoTracking()
            .SingleAsync(r => r.Year == b.Year && r.Sequence == b.Sequence - 1));
        Assert.Equal(justBefore.RecordHash, b.PreviousHash);

        // The same closing again (as a redelivered event with a new id would be): skipped.
        var closed = await app.WithScopeAsync(sp => sp.GetRequiredService<IEvaluationRecordFacts>().ClosedCaseAsync(first.CaseId));
        await app.PublishAsync(new CaseClosed(first.CaseId, first.CaseNumber, closed!.Outcome, closed.IntakeRating, closed.HandlingRating,
            closed.Resolved, closed.LeadUnitId, closed.ClosedAtUtc));
        await app.DeliverEventsAsync();
        Assert.Single(await RecordsAsync(app, first.CaseId));
    }

    [Fact]
    public async Task A_later_closing_of_an_archived_case_adds_a_supplementary_record_referencing_the_original()
    {
        var d = await ClosedCaseAsync(app, "13900001004", withExtension: false);
        var original = Assert.Single(await RecordsAsync(app, d.CaseId));
        var closed = await app.WithScopeAsync(sp => sp.GetRequiredService<IEvaluationRecordFacts>().ClosedCaseAsync(d.CaseId));

        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.PublishAsync(new CaseClosed(d.CaseId, d.CaseNumber, ClosingOutcome.SupervisorDecided, closed!.IntakeRating, Rating.Satisfied,
            true, closed.LeadUnitId, app.Clock.GetUtcNow().UtcDateTime));
        await app.DeliverEventsAsync();

        var records = await RecordsAsync(app, d.CaseId);
        Assert.Equal(2, records.Count);
        var supplement = records.Single(r => r.Kind == RecordKind.Supplementary);
        Assert.Equal((original.Id, original.ArchiveNumber), (supplement.OriginalRecordId!.Value, supplement.OriginalArchiveNumber!));
        Assert.NotEqual(original.ArchiveNumber, supplement.ArchiveNumber);
        Assert.Equal("督办员决定办结", Snapshot(supplement).Closing.Outcome);
        // The original is untouched.
        Assert.Equal(original.RecordHash, records.Single(r => r.Kind == RecordKind.Original).RecordHash);
    }

    [Fact]
    public async Task Backfill_archives_closed_cases_without_a_record_and_skips_the_rest()
    {
        var d = await ClosedCaseAsync(app, "13900001005", withExtension: false);
        // As if the case had closed before Archive existed: its record is not there.
        await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Records.Where(r => r.CaseId == d.CaseId).ExecuteDeleteAsync());
        Assert.Empty(await RecordsAsync(app, d.CaseId));

        var result = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveBackfill>().RunAsync());
        Assert.True(result.Archived >= 1);
        Assert.Empty(result.Failed);
        var record = Assert.Single(await RecordsAsync(app, d.CaseId));
        Assert.Equal("archivist", record.ArchivedBy);

        var again = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveBackfill>().RunAsync());
        Assert.Equal(0, again.Archived);
        Assert.True(again.Skipped >= 1);
        Assert.Single(await RecordsAsync(app, d.CaseId));
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog
            .AnyAsync(a => a.Action == ArchiveBackfill.AuditAction && a.UserName == "archivist")));
    }

    [Fact]
    public async Task The_backfill_command_archives_what_has_no_record_as_the_system_and_says_so()
    {
        var d = await ClosedCaseAsync(app, "13900001007", withExtension: false);
        await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Records.Where(r => r.CaseId == d.CaseId).ExecuteDeleteAsync());
        var output = new StringWriter();

        Assert.Equal(0, await Hotline.Archive.ArchiveModule.BackfillCommandAsync(app.Services, output));

        Assert.Equal("系统", Assert.Single(await RecordsAsync(app, d.CaseId)).ArchivedBy);
        Assert.Matches(@"补录归档完成：新归档 [1-9][\d,]* 件，已归档跳过 [\d,]+ 件，失败 0 件。", output.ToString());
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog
            .AnyAsync(a => a.Action == ArchiveBackfill.AuditAction && a.UserName == "系统")));
    }

    [Fact]
    public async Task The_retention_set_for_the_request_type_is_sealed_into_the_record_and_only_the_admin_sets_it()
    {
        var settings = await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveSettingsService>().GetAsync());
        var permanent = new ArchiveSettings { Retention = new() { ["Complaint"] = RetentionPeriod.Permanent } };
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveSettingsService>().SaveAsync(permanent)));
        var refused = await Assert.ThrowsAsync<Hotline.Platform.BusinessRuleException>(() => app.AsUserAsync("admin", sp =>
            sp.GetRequiredService<ArchiveSettingsService>().SaveAsync(new ArchiveSettings { Retention = new() { ["Nonsense"] = RetentionPeriod.TenYears } })));
        Assert.Equal("未知的诉求类型“Nonsense”。", refused.Message);
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<ArchiveSettingsService>().SaveAsync(permanent));
        try
        {
            var d = await ClosedCaseAsync(app, "13900001006", withExtension: false);
            Assert.Equal(RetentionPeriod.Permanent, Assert.Single(await RecordsAsync(app, d.CaseId)).Retention);
        }
        finally
        {
            await app.AsUserAsync("admin", sp => sp.GetRequiredService<ArchiveSettingsService>().SaveAsync(settings));
        }
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("zjj")]
    [InlineData("supervisor")]
    public async Task Backfill_is_refused_to_other_roles(string user)
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync(user, sp => sp.GetRequiredService<ArchiveBackfill>().RunAsync()));
    }

    [Fact]
    public async Task Concurrent_archiving_gives_distinct_numbers_and_one_unbroken_chain()
    {
        var cases = new List<Guid>();
        for (var i = 0; i < 3; i++)
            cases.Add((await ClosedCaseAsync(app, $"1390000110{i}", withExtension: false)).CaseId);
        await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Records.Where(r => cases.Contains(r.CaseId)).ExecuteDeleteAsync());

        // Gaps just made by the delete are not this test's concern: it reads the chain from here on.
        var facts = await app.WithScopeAsync(async sp =>
        {
            var all = new List<ClosedCaseFact>();
            foreach (var id in cases)
                all.Add((await sp.GetRequiredService<IEvaluationRecordFacts>().ClosedCaseAsync(id))!);
            return all;
        });
        await Task.WhenAll(facts.Select(f => app.WithScopeAsync(async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
            await sp.GetRequiredService<ArchiveWriter>().ArchiveAsync(db, f, "系统", CancellationToken.None);
        })));

        var records = new List<ArchiveRecord>();
        foreach (var id in cases)
            records.Add(Assert.Single(await RecordsAsync(app, id)));
        Assert.Equal(3, records.Select(r => r.ArchiveNumber).Distinct().Count());
        var ordered = records.OrderBy(r => r.Sequence).ToList();
        Assert.Equal(ordered[0].RecordHash, ordered[1].PreviousHash);
        Assert.Equal(ordered[1].RecordHash, ordered[2].PreviousHash);
    }
}

public sealed class SqliteArchivingTests(SqliteApp app) : ArchivingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbArchivingTests(MariaDbApp app) : ArchivingTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
