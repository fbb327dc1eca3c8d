using Hotline.Platform.Identity;
using Hotline.Platform.Slots;

namespace Hotline.Intake.Today;

/// <summary>Today's intake figures on the home page.</summary>
internal static class TodayRegistration
{
    public static IServiceCollection AddIntakeToday(this IServiceCollection services)
    {
        services.AddScoped<IntakeToday>();
        services.AddHomeWidget<IntakeTodayWidget>(10, HotlinePolicies.CenterRoles.Except([HotlineRoles.Assessor, HotlineRoles.KnowledgeEditor]).ToArray());
        return services;
    }
}
