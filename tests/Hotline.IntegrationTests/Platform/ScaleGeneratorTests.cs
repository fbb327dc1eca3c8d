using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Persistence;
using Hotline.Evaluation.Persistence;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Intake.CaseIndex;
using Hotline.Intake.Contracts;
using Hotline.Intake.Persistence;
using Hotline.Platform.Seeding.Scale;
using Hotline.Assessment.Analysis.Facts;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Platform;

/// <summary>
/// The scale generator (issue #21) on a fresh demo database: every module's rows tell the same story, the analysis
/// rebuild from the contracts finds nothing to correct, the keyword index holds every case, and the seed decides it all.
/// </summary>
public abstract class ScaleGeneratorTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private const int Cases = 1_500;

    [Fact]
    public async Task Generated_cases_are_consistent_across_modules_and_a_second_run_is_refused()
    {
        var output = new StringWriter();
        Assert.Equal(0, await ScaleGenerator.RunAsync(app.Services, ["--cases", $"{Cases}", "--years", "1", "--seed", "7", "--batch", "400"], output));
        Assert.Contains("Intake、Dispatch、Handling、Evaluation、Supervision、Assessment", output.ToString());
        // The bulk writes bypass the saves that keep the daily facts: the generator rebuilds them.
        Assert.Contains("办理日统计（签收、联系、答复、延期、重办）：已重算", output.ToString());
        Assert.Contains("回访评价日统计（响应率、解决率、满意率）：已重算", output.ToString());

        await app.WithScopeAsync(async sp =>
        {
            var intake = sp.GetRequiredService<IntakeDbContext>();
            var handling = sp.GetRequiredService<HandlingDbContext>();
            var dispatch = sp.GetRequiredService<DispatchDbContext>();
            var evaluation = sp.GetRequiredService<EvaluationDbContext>();
            Assert.Equal(Cases, await intake.Cases.CountAsync());
            var statuses = await intake.Cases.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
            Assert.True(statuses.GetValueOrDefault(CaseStatus.Closed) > Cases / 2, "most generated cases are closed");
            Assert.True(statuses.GetValueOrDefault(CaseStatus.AnsweredAtIntake) > 0);

            // Every dispatched case has its Dispatch copy and lead assignment in Handling, and nothing refers to a missing case.
            var ids = await intake.Cases.Select(c => c.Id).ToListAsync();
            var dispatched = await intake.Cases.Where(c => c.LeadUnitId != null).Select(c => c.Id).ToListAsync();
            Assert.All(await dispatch.Cases.Select(c => c.CaseId).ToListAsync(), id => Assert.Contains(id, ids));
            Assert.All(await handling.Assignments.Select(a => a.CaseId).Distinct().ToListAsync(), id => Assert.Contains(id, ids));
            Assert.Equal(dispatched.Count, await handling.Assignments.Where(a => a.Role == AssignmentRole.Lead && a.ParentAssignmentId == null)
                .Select(a => a.CaseId).Distinct().CountAsync());

            // The lead's status in Handling matches Intake's.
            var openLeads = await handling.Assignments.Where(a => a.Role == AssignmentRole.Lead && a.ParentAssignmentId == null
                && a.Status != HandlingStatus.Ended).Select(a => new { a.CaseId, a.Status }).ToListAsync();
            var intakeStatus = await intake.Cases.ToDictionaryAsync(c => c.Id, c => c.Status);
            Assert.All(openLeads, a => Assert.Equal(a.Status switch
            {
                HandlingStatus.AwaitingSignFor => CaseStatus.Dispatched,
                HandlingStatus.Replied => CaseStatus.Replied,
                HandlingStatus.Closed => CaseStatus.Closed,
                _ => CaseStatus.InHandling,
            }, intakeStatus[a.CaseId]));
            // Closed in Intake is closed in Evaluation.
            var closed = await intake.Cases.Where(c => c.Status == CaseStatus.Closed).Select(c => c.Id).ToListAsync();
            Assert.Equal(closed.Count, await evaluation.Cases.CountAsync(c => c.ClosedAtUtc != null && closed.Contains(c.CaseId)));

            var rebuild = await sp.GetRequiredService<CaseFactsRebuild>().RunFromCommandAsync();
            Assert.Equal((0, 0), (rebuild.Added, rebuild.Changed));
        });
        Assert.Equal(Cases, app.Services.GetRequiredService<CaseTextIndex>().Count);

        var again = await Assert.ThrowsAsync<InvalidOperationException>(() => ScaleGenerator.RunAsync(app.Services, ["--cases", "10"], TextWriter.Null));
        Assert.Contains("数据库中已有工单", again.Message);
    }

    [Fact]
    public async Task Bad_sizes_are_refused_before_anything_is_written()
    {
        var output = new StringWriter();
        Assert.Equal(2, await ScaleGenerator.RunAsync(app.Services, ["--cases", "0"], output));
        Assert.Equal(2, await ScaleGenerator.RunAsync(app.Services, ["--cases", "1000", "--batch", "10"], output));
        Assert.Contains("参数无效", output.ToString());
    }
}

public sealed class SqliteScaleGeneratorTests(SqliteApp app) : ScaleGeneratorTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbScaleGeneratorTests(MariaDbApp app) : ScaleGeneratorTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
