namespace Hotline.Intake.Shared;

/// <summary>Access checks shared by every capability.</summary>
internal static class SharedRegistration
{
    public static IServiceCollection AddIntakeShared(this IServiceCollection services)
    {
        services.AddScoped<IntakeAccess>();
        services.AddAuditObjectType("Case", "工单", AuditObjectTypes.CaseLink);
        return services;
    }
}
