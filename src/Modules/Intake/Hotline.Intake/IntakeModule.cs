using Hotline.Intake.Connected;
using Hotline.Intake.Scale;
using Hotline.Platform.Modules;
using Microsoft.Extensions.Configuration;

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
