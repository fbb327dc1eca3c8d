namespace Hotline.Supervision.Coordination;

/// <summary>约谈提醒 and 专题协调 records, listed on the workbench and printed as a record.</summary>
internal static class CoordinationRegistration
{
    public static IServiceCollection AddCoordination(this IServiceCollection services) =>
        services.AddScoped<Coordinations>().AddScoped<Hotline.Supervision.Contracts.ICoordinationRecords, CoordinationDirectory>();
}
