using System.Reflection;
using Hotline.Platform.Modules;

namespace Hotline.Web;

/// <summary>The feature modules this deployable composes, in menu order.</summary>
internal static class HotlineModules
{
    public static readonly IReadOnlyList<IHotlineModule> All =
    [
        new Administration.AdministrationModule(), new UserAccess.UserAccessModule(), new Intake.IntakeModule(), new Dispatch.DispatchModule(), new Handling.HandlingModule(), new Evaluation.EvaluationModule(),
        new Knowledge.KnowledgeModule(), new Supervision.SupervisionModule(), new Assessment.AssessmentModule(), new Archive.ArchiveModule(), new Integration.IntegrationModule(),
    ];

    /// <summary>Assemblies whose routable pages the router must know besides the host's own.</summary>
    public static IEnumerable<Assembly> PageAssemblies =>
        All.Select(m => m.PagesAssembly)
            .Prepend(typeof(Platform.Admin.AdminServices).Assembly)
            // The SMS gateway's page sits with the gateway it configures.
            .Prepend(typeof(Platform.PlatformServices).Assembly)
            .Distinct();
}
