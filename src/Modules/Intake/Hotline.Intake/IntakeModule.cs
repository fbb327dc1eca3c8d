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
        // Reasons are never deleted (only deactivated), so a default absent by code is one a newer release added.
        var present = await db.NonAcceptanceReasons.Select(r => r.Code).ToListAsync(cancellationToken);
        var missing = DefaultNonAcceptanceReasons.All().Where(r => !present.Contains(r.Code)).ToList();
        if (missing.Count > 0)
        {
            db.NonAcceptanceReasons.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
