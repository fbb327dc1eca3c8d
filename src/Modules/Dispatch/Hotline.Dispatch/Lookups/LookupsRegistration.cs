using Hotline.Platform.Cases;

namespace Hotline.Dispatch.Lookups;

/// <summary>What Dispatch answers to other modules: which units hold a case, and which cases a unit may see.</summary>
internal static class LookupsRegistration
{
    public static IServiceCollection AddDispatchLookups(this IServiceCollection services)
    {
        services.AddScoped<IUnitCaseScope, UnitCaseScope>();
        services.AddScoped<IAssignmentDirectory, AssignmentDirectory>();
        return services;
    }
}
