using Hotline.Platform.Modules;
using Hotline.Supervision.Deadlines;
using Hotline.Supervision.Figures;
using Hotline.Supervision.CasePanel;
using Hotline.Supervision.Coordination;
using Hotline.Supervision.Graded;
using Hotline.Supervision.Notices;
using Hotline.Supervision.Workbench;
using Hotline.Supervision.Scale;
using Microsoft.Extensions.Configuration;

namespace Hotline.Supervision;

/// <summary>督办 module: the deadline watch over other modules' events and graded supervision (分级督办) with its notices, coordination records and the supervisor's workbench (issue #15).</summary>
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
        services.AddSupervisionFigures();
        services.AddSupervisionScale();
    }
}
