namespace Hotline.Handling.Workbench;

/// <summary>The assignment page that hosts the next-step banner, the action bar and the sections of sign-for, contact, notes, deadlines and outcomes.</summary>
internal static class WorkbenchRegistration
{
    public static IServiceCollection AddWorkbench(this IServiceCollection services) =>
        services.AddScoped<AssignmentQueries>()
            .AddScoped<AssignmentSituationQuery>();
}
