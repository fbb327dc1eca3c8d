namespace Hotline.Handling.Shared;

/// <summary>What several capabilities use: the access checks, live updates, the guard that an assignment may still change.</summary>
internal static class SharedRegistration
{
    public static IServiceCollection AddHandlingShared(this IServiceCollection services)
    {
        services.AddScoped<HandlingAccess>();
        services.AddScoped<HandlingLive>();
        services.AddScoped<OutcomeGuard>();
        // Handling logs its steps by case number; the redo handler by the assignment's id.
        services.AddAuditObjectType("Assignment", "承办工单", AuditObjectTypes.CaseLink);
        services.AddAuditObjectType("HandlingAssignment", "承办工单");
        return services;
    }
}
