using Hotline.Intake.Connected;
using Hotline.Intake.Scale;
using Hotline.Platform.Identity;
using Hotline.Platform.Modules;
using Hotline.Platform.Navigation;
using Microsoft.Extensions.Configuration;
using MudBlazor;

namespace Hotline.Intake;

/// <summary>受理 module: registration, acceptance decisions, merges, the case list, the public channel.</summary>
public sealed class IntakeModule : IHotlineModule
{
    public const string Group = "受理";

    public string Name => "Intake";

    public void ConfigureModel(ModelBuilder builder) => IntakeModel.Configure(builder);

    /// <summary>One registration per capability folder, so a capability left out fails the build instead of vanishing.</summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IntakeDbContext>(configuration);
        services.AddIntakeShared();
        services.AddIntakeSettings();
        services.AddRegistration();
        services.AddDecisions();
        services.AddMerging();
        services.AddRepeats();
        services.AddCaseSearch();
        services.AddCaseIndex();
        services.AddCaseView();
        services.AddFlowSheet();
        services.AddIntercepted();
        services.AddIntakeToday();
        services.AddIntakePublic();
        services.AddProgress();
        services.AddConnectedSystems();
        services.AddPhoneCalls();
        services.AddIntakeScale();
    }

    public void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => CaseSearch.Export.CaseExportEndpoints.Map(endpoints);

    private static readonly string[] Registrars = IntakeAccess.Registrars;

    public IEnumerable<NavEntry> Navigation =>
    [
        new(Group, "登记工单", "/intake/register", Icons.Material.Filled.AddIcCall, Registrars, 100),
        new(Group, "待受理", "/intake/pending", Icons.Material.Filled.Inbox, Registrars, 110),
        new(Group, "来电模拟", "/intake/cti-simulator", Icons.Material.Filled.RingVolume, PhoneCalls.CtiSimulator.Users, 115),
        new(Group, "工单查询", "/cases", Icons.Material.Filled.ListAlt, HotlinePolicies.CenterRoles, 120),
        new(Group, "网上拦截记录", "/intake/intercepted", Icons.Material.Filled.GppBad, InterceptedSubmissions.Reviewers, 130),
        new(PlatformNavigation.SettingsGroup, "不予受理原因", "/admin/intake/reasons", Icons.Material.Filled.Block, [HotlineRoles.CenterAdmin], 95),
        new(PlatformNavigation.SettingsGroup, "受理设置", "/admin/intake/settings", Icons.Material.Filled.Tune, [HotlineRoles.CenterAdmin], 96),
    ];

    public async Task SeedAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IntakeDbContext>();
        if (!await db.NonAcceptanceReasons.AnyAsync(cancellationToken))
        {
            db.NonAcceptanceReasons.AddRange(DefaultNonAcceptanceReasons.All());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
