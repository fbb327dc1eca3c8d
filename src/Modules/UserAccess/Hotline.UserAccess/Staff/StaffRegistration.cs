namespace Hotline.UserAccess.Staff;

/// <summary>Who works where, for the other modules (<see cref="IStaffDirectory"/>).</summary>
internal static class StaffRegistration
{
    public static IServiceCollection AddStaffDirectory(this IServiceCollection services) =>
        services.AddScoped<IStaffDirectory, StaffDirectory>();
}
