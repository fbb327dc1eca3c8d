using Hotline.Archive.Archiving;
using Hotline.Archive.Domain;
using Hotline.Archive.Persistence;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Persistence;
using Hotline.IntegrationTests.Handling;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Archive.ArchiveTestData;

namespace Hotline.IntegrationTests.Archive;

/// <summary>
/// 归档缓冲期: with 0 days a closing is archived at once; otherwise it waits in archive_pending_closings and the sweep archives
/// it once the days have passed (also after a restart), unless the case was reopened meanwhile. Driven by the fake clock.
/// </summary>
public abstract class SettlingPeriodTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task With_the_default_of_0_days_a_closing_is_archived_at_once()
    {
        Assert.Equal(0, (await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveSettingsService>().GetAsync())).SettlingDays);

        var d = await ClosedCaseAsync(app, "13900002001", withExtension: false);

        Assert.Equal(RecordKind.Original, Assert.Single(await RecordsAsync(app, d.CaseId)).Kind);
        Assert.Empty(await PendingAsync(d.CaseId));
    }

    [Fact]
    public async Task With_3_days_a_closing_waits_and_is_archived_by_the_sweep_only_once_they_have_passed()
    {
        await SettlingDaysAsync(3);
        try
        {
            var d = await ClosedCaseAsync(app, "13900002002", withExtension: false);
            var closedAt = (await ClosingAsync(d.CaseId)).ClosedAtUtc;
            Assert.Empty(await RecordsAsync(app, d.CaseId));
            Assert.Equal(RecordHashing.Truncate(closedAt), Assert.Single(await PendingAsync(d.CaseId)).ClosedAtUtc);
            Assert.True(await app.AsUserAsync("archivist", sp => sp.GetRequiredService<SettlingArchive>().PendingCountAsync()) >= 1);

            app.Clock.Advance(TimeSpan.FromDays(2));
            await SweepAsync();
            Assert.Empty(await RecordsAsync(app, d.CaseId));
            Assert.Single(await PendingAsync(d.CaseId));

            app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
            await SweepAsync();
            var record = Assert.Single(await RecordsAsync(app, d.CaseId));
            Assert.Equal((RecordKind.Original, "系统", RecordHashing.Truncate(closedAt)), (record.Kind, record.ArchivedBy, record.ClosedAtUtc));
            Assert.Empty(await PendingAsync(d.CaseId));

            // Idempotent: another sweep, or the same closing delivered again, archives nothing more.
            await SweepAsync();
            var closing = await ClosingAsync(d.CaseId);
            await app.PublishAsync(new CaseClosed(d.CaseId, d.CaseNumber, closing.Outcome, closing.IntakeRating, closing.HandlingRating,
                closing.Resolved, closing.LeadUnitId, closing.ClosedAtUtc));
            await app.DeliverEventsAsync();
            await SweepAsync();
            Assert.Single(await RecordsAsync(app, d.CaseId));
            Assert.Empty(await PendingAsync(d.CaseId));
        }
        finally
        {
            await SettlingDaysAsync(0);
        }
    }

    [Fact]
    public async Task A_waiting_closing_survives_a_restart_and_is_archived_by_the_next_app()
    {
        await SettlingDaysAsync(3);
        try
        {
            var d = await ClosedCaseAsync(app, "13900002003", withExtension: false);
            Assert.Single(await PendingAsync(d.CaseId));

            await using (var restarted = new HotlineAppFactory(app, runBackgroundWorkers: false))
            {
                restarted.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
                var result = await restarted.WithScopeAsync(sp => sp.GetRequiredService<SettlingArchive>().SweepAsync());
                Assert.True(result.Archived >= 1);
                Assert.Equal(0, result.Failed);
            }
            // Time went on for this app too: what the other one published is due here as well.
            app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
            Assert.Single(await RecordsAsync(app, d.CaseId));
            Assert.Empty(await PendingAsync(d.CaseId));
        }
        finally
        {
            await SettlingDaysAsync(0);
        }
    }

    [Fact]
    public async Task A_case_sent_back_for_redo_within_the_period_is_archived_only_after_its_next_closing_as_its_first_record()
    {
        await SettlingDaysAsync(3);
        try
        {
            var d = await ClosedCaseAsync(app, "13900002004", withExtension: false);
            app.Clock.Advance(TimeSpan.FromDays(1));
            await ReopenAsync(d, publishRedo: true);
            Assert.Empty(await PendingAsync(d.CaseId));

            app.Clock.Advance(TimeSpan.FromDays(3));
            await SweepAsync();
            Assert.Empty(await RecordsAsync(app, d.CaseId));

            // It closes again: that closing waits its own period and becomes the case's original record (not a 补充归档).
            var secondClosing = await CloseAgainAsync(d);
            Assert.Single(await PendingAsync(d.CaseId));
            app.Clock.Advance(TimeSpan.FromDays(2));
            await SweepAsync();
            Assert.Empty(await RecordsAsync(app, d.CaseId));
            app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
            await SweepAsync();
            var record = Assert.Single(await RecordsAsync(app, d.CaseId));
            Assert.Equal((RecordKind.Original, RecordHashing.Truncate(secondClosing)), (record.Kind, record.ClosedAtUtc));
            Assert.Equal("督办员决定办结", Snapshot(record).Closing.Outcome);
        }
        finally
        {
            await SettlingDaysAsync(0);
        }
    }

    [Fact]
    public async Task A_closing_the_sweep_finds_no_longer_current_in_Evaluation_is_dropped_not_archived()
    {
        await SettlingDaysAsync(3);
        try
        {
            var d = await ClosedCaseAsync(app, "13900002005", withExtension: false);
            app.Clock.Advance(TimeSpan.FromDays(1));
            // Reopened without Archive hearing of it (the redo event not delivered yet): the sweep asks Evaluation.
            await ReopenAsync(d, publishRedo: false);
            Assert.Single(await PendingAsync(d.CaseId));

            app.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
            var result = await SweepAsync();
            Assert.Empty(await RecordsAsync(app, d.CaseId));
            Assert.Empty(await PendingAsync(d.CaseId));
            Assert.Equal(0, result.Failed);
        }
        finally
        {
            await SettlingDaysAsync(0);
        }
    }

    [Fact]
    public async Task An_archived_case_closing_again_within_the_period_gets_its_supplementary_record_after_the_period()
    {
        var d = await ClosedCaseAsync(app, "13900002006", withExtension: false);
        var original = Assert.Single(await RecordsAsync(app, d.CaseId));
        await SettlingDaysAsync(3);
        try
        {
            app.Clock.Advance(TimeSpan.FromDays(1));
            await ReopenAsync(d, publishRedo: true);
            await CloseAgainAsync(d);
            Assert.Single(await RecordsAsync(app, d.CaseId));

            app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
            await SweepAsync();
            var records = await RecordsAsync(app, d.CaseId);
            Assert.Equal(2, records.Count);
            var supplement = records.Single(r => r.Kind == RecordKind.Supplementary);
            Assert.Equal(original.Id, supplement.OriginalRecordId);
        }
        finally
        {
            await SettlingDaysAsync(0);
        }
    }

    [Fact]
    public async Task The_backfill_queues_a_closing_still_within_the_period_instead_of_archiving_it()
    {
        await SettlingDaysAsync(3);
        try
        {
            var d = await ClosedCaseAsync(app, "13900002007", withExtension: false);
            // As if the closing event had been lost: neither a record nor a queued row.
            await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().PendingClosings.Where(p => p.CaseId == d.CaseId).ExecuteDeleteAsync());

            var result = await app.AsUserAsync("archivist", sp => sp.GetRequiredService<ArchiveBackfill>().RunAsync());
            Assert.True(result.Settling >= 1);
            Assert.Empty(await RecordsAsync(app, d.CaseId));
            Assert.Single(await PendingAsync(d.CaseId));

            app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
            await SweepAsync();
            Assert.Single(await RecordsAsync(app, d.CaseId));
        }
        finally
        {
            await SettlingDaysAsync(0);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(31)]
    [InlineData(365)]
    public async Task A_settling_period_outside_0_to_30_days_is_refused_and_not_saved(int days)
    {
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => SettlingDaysAsync(days));
        Assert.Equal("归档缓冲期须为 0 至 30 天。", refused.Message);
        Assert.Equal(0, (await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveSettingsService>().GetAsync())).SettlingDays);
    }

    [Fact]
    public async Task Thirty_days_are_accepted_and_only_the_admin_sets_them()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("archivist", async sp =>
        {
            var service = sp.GetRequiredService<ArchiveSettingsService>();
            var settings = await service.GetAsync();
            settings.SettlingDays = 30;
            await service.SaveAsync(settings);
        }));
        await SettlingDaysAsync(30);
        try
        {
            Assert.Equal(30, (await app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveSettingsService>().GetAsync())).SettlingDays);
        }
        finally
        {
            await SettlingDaysAsync(0);
        }
    }

    private Task SettlingDaysAsync(int days) => app.AsUserAsync("admin", async sp =>
    {
        var service = sp.GetRequiredService<ArchiveSettingsService>();
        var settings = await service.GetAsync();
        settings.SettlingDays = days;
        await service.SaveAsync(settings);
    });

    private Task<SettlingSweepResult> SweepAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<SettlingArchive>().SweepAsync());

    private Task<List<PendingClosing>> PendingAsync(Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().PendingClosings.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync());

    private async Task<ClosedCaseFact> ClosingAsync(Guid caseId) =>
        (await app.WithScopeAsync(sp => sp.GetRequiredService<IEvaluationRecordFacts>().ClosedCaseAsync(caseId)))!;

    /// <summary>Evaluation takes the closed case back for another round, as a 发回重办 would (with its event, when asked).</summary>
    private async Task ReopenAsync(DispatchedCase d, bool publishRedo)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithScopeAsync(sp => sp.GetRequiredService<EvaluationDbContext>().Cases.Where(c => c.CaseId == d.CaseId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, RevisitState.AwaitingRedo).SetProperty(c => c.ClosedAtUtc, (DateTime?)null)));
        if (publishRedo)
        {
            await app.PublishAsync(new RedoRequested(d.CaseId, d.CaseNumber, d.LeadId, 1, "诉求人不满意，发回重办", now));
            await app.DeliverEventsAsync();
        }
    }

    /// <summary>Evaluation closes the reopened case again (a supervisor's decision) and says so.</summary>
    private async Task<DateTime> CloseAgainAsync(DispatchedCase d)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithScopeAsync(sp => sp.GetRequiredService<EvaluationDbContext>().Cases.Where(c => c.CaseId == d.CaseId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, RevisitState.Closed).SetProperty(c => c.ClosedAtUtc, (DateTime?)now)
                .SetProperty(c => c.Outcome, (ClosingOutcome?)ClosingOutcome.SupervisorDecided)));
        var closing = await ClosingAsync(d.CaseId);
        await app.PublishAsync(new CaseClosed(d.CaseId, d.CaseNumber, ClosingOutcome.SupervisorDecided, closing.IntakeRating, closing.HandlingRating,
            closing.Resolved, closing.LeadUnitId, now));
        await app.DeliverEventsAsync();
        return now;
    }
}

public sealed class SqliteSettlingPeriodTests(SqliteApp app) : SettlingPeriodTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbSettlingPeriodTests(MariaDbApp app) : SettlingPeriodTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
