using Hotline.Assessment.Analysis;
using Hotline.Assessment.Analysis.Facts;
using Hotline.Assessment.Scale;
using Hotline.Assessment.Sheets;
using Hotline.Platform.Modules;
using Microsoft.Extensions.Configuration;

namespace Hotline.Assessment;

/// <summary>
/// 考核与分析 module (issue #16): the units' assessment sheets read through the other modules' contracts, and the
/// center's analysis over case facts it keeps from their events (dashboard, hotspots and warnings, the seasonal calendar).
/// </summary>
public sealed class AssessmentModule : IHotlineModule
{
    /// <summary>The menu group the center's staff find these pages under, beside the supervision workbench.</summary>
    public const string Group = "督办";

    public string Name => "Assessment";

    public void ConfigureModel(ModelBuilder builder) => AssessmentModel.Configure(builder);

    // One explicit call per capability folder: deleting a capability's registration fails the build.
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AssessmentDbContext>(configuration);
        services.AddAssessmentSheets();
        services.AddAnalysis();
        services.AddAssessmentScale();
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
        var result = await scope.ServiceProvider.GetRequiredService<CaseFactsRebuild>().RunFromCommandAsync(cancellationToken);
        output.WriteLine($"统计数据已重建：核对 {result.Cases} 件，新增 {result.Added} 件，更正 {result.Changed} 件。");
        return 0;
    }
}
