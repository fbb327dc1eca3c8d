using Hotline.Platform.Modules;
using Hotline.Supervision.Analysis;
using Hotline.Supervision.Assessment;
using Hotline.Supervision.Deadlines;
using Hotline.Supervision.CasePanel;
using Hotline.Supervision.Coordination;
using Hotline.Supervision.Graded;
using Hotline.Supervision.Notices;
using Hotline.Supervision.Workbench;
using Hotline.Supervision.Scale;
using Microsoft.Extensions.Configuration;

namespace Hotline.Supervision;

/// <summary>督办 module: the deadline watch over other modules' events and graded supervision (分级督办) with its notices, unit assessment and the center's analysis (issue #16).</summary>
public sealed class SupervisionModule : IHotlineModule
{
    public const string Group = "督办";

    public string Name => "Supervision";

    public void ConfigureModel(ModelBuilder builder) => SupervisionModel.Configure(builder);

    // One explicit call per capability folder: deleting a capability's registration fails the build.
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SupervisionDbContext>(configuration);
        services.AddDeadlineWatch();
        services.AddGradedSupervision();
        services.AddSupervisionWorkbench();
        services.AddSupervisionNotices();
        services.AddSupervisionCasePanel();
        services.AddCoordination();
        services.AddAssessment();
        services.AddAnalysis();
        services.AddSupervisionScale();
    }

    /// <summary>The host's command name for <see cref="RebuildCommandAsync"/>.</summary>
    public const string RebuildCommand = "rebuild-analysis";

    /// <summary>
    /// <c>dotnet Hotline.Web.dll rebuild-analysis</c>: recomputes the analysis facts from the other modules' contracts
    /// (after a restore or an upgrade) and prints what it corrected; audited like the button on the dashboard.
    /// </summary>
    public static async Task<int> RebuildCommandAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Analysis.Facts.CaseFactsRebuild>().RunFromCommandAsync(cancellationToken);
        output.WriteLine($"统计数据已重建：核对 {result.Cases} 件，新增 {result.Added} 件，更正 {result.Changed} 件。");
        return 0;
    }

    public IEnumerable<NavEntry> Navigation => [.. WorkbenchRegistration.Navigation, .. AssessmentRegistration.Navigation, .. AnalysisRegistration.Navigation];
}
