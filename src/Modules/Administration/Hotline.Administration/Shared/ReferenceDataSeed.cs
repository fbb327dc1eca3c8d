using Hotline.Administration.Calendar;
using Hotline.Administration.RequestTypes;
using Hotline.Administration.Units;

namespace Hotline.Administration.Shared;

/// <summary>What every installation needs before its first account: the six request types, the official calendars shipped with the product and the center unit; the demo county when asked.</summary>
internal static class ReferenceDataSeed
{
    public static async Task SeedAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AdministrationDbContext>();
        await RequestTypesRegistration.EnsureRequestTypesAsync(db, cancellationToken);
        await CalendarRegistration.EnsureOfficialCalendarsAsync(db, services.GetRequiredService<CalendarAdmin>(), cancellationToken);
        await UnitsRegistration.EnsureCenterAsync(db, cancellationToken);
        if (demoMode && !await db.Areas.AnyAsync(cancellationToken))
            await services.GetRequiredService<IDemoCountySeed>().SeedCountyAsync(db, cancellationToken);
    }
}
