using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Administration.Calendar;

/// <summary>工作日历: the holidays and make-up days, their admin page, and the working calendar every module's deadlines use.</summary>
internal static class CalendarRegistration
{
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.MasterDataGroup, "工作日历", "/admin/calendar", Icons.Material.Filled.CalendarMonth, [HotlineRoles.CenterAdmin], 60)]);
        // One snapshot per process: every deadline of every module reads it.
        services.AddSingleton<WorkingCalendar>();
        services.AddSingleton<IWorkingCalendar>(sp => sp.GetRequiredService<WorkingCalendar>());
        services.AddScoped<CalendarAdmin>();
        services.AddAuditObjectType("CalendarYear", "工作日历年度", _ => "/admin/calendar");
        services.AddAuditObjectType("CalendarDay", "工作日历日期", _ => "/admin/calendar");
        return services;
    }

    /// <summary>Loads the official schedules shipped with the product that the table does not have yet.</summary>
    public static async Task EnsureOfficialCalendarsAsync(AdministrationDbContext db, CalendarAdmin admin, CancellationToken cancellationToken)
    {
        var loaded = await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        foreach (var file in OfficialCalendars.Load().Where(f => !loaded.Contains(f.Year)))
            await admin.ImportYearAsync(file, Actor.System, cancellationToken);
    }
}
