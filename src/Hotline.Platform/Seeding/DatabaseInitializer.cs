using Hotline.Platform.Auditing;
using Hotline.Platform.Calendar;
using Hotline.Platform.Catalog;
using Hotline.Platform.Identity;
using Hotline.Platform.Modules;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Seeding;

/// <summary>Runs at start: applies migrations, then the reference data every installation needs, then the demo county if asked.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var hosting = sp.GetRequiredService<HostingOptions>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        Directory.CreateDirectory(hosting.FullDataDirectory);
        Directory.CreateDirectory(hosting.UploadsDirectory);

        var schema = sp.GetRequiredService<SchemaDbContext>();
        if (schema.Database.IsSqlite())
            await schema.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await SchemaMigrations.ApplyAsync(schema, hosting.MigrateAtStart, cancellationToken);

        var db = sp.GetRequiredService<PlatformDbContext>();
        var clock = sp.GetRequiredService<TimeProvider>();
        await EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole>>());
        await EnsureRequestTypesAsync(db, cancellationToken);
        await EnsureOfficialCalendarsAsync(db, sp.GetRequiredService<CalendarAdmin>(), cancellationToken);
        await EnsureCenterAsync(db, cancellationToken);

        if (hosting.DemoMode)
            await DemoSeeder.SeedAsync(sp, db, clock, logger, cancellationToken);
        else
            await InitialAdmin.EnsureAsync(sp, db, clock, logger, cancellationToken);

        foreach (var module in sp.GetServices<IHotlineModule>())
            await module.SeedAsync(sp, hosting.DemoMode, cancellationToken);
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in HotlineRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }

    private static async Task EnsureRequestTypesAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        if (await db.RequestTypes.AnyAsync(cancellationToken))
            return;
        // Seed 002 art. 13: complaints and reports 15 working days, everything else 5.
        db.RequestTypes.AddRange(
            new RequestType { Code = RequestTypeCode.Consultation, Name = "咨询", CompletionWorkingDays = 5, SortOrder = 1 },
            new RequestType { Code = RequestTypeCode.HelpRequest, Name = "求助", CompletionWorkingDays = 5, SortOrder = 2 },
            new RequestType { Code = RequestTypeCode.Complaint, Name = "投诉", CompletionWorkingDays = 15, SortOrder = 3 },
            new RequestType { Code = RequestTypeCode.Report, Name = "举报", CompletionWorkingDays = 15, SortOrder = 4 },
            new RequestType { Code = RequestTypeCode.Suggestion, Name = "意见建议", CompletionWorkingDays = 5, SortOrder = 5 },
            new RequestType { Code = RequestTypeCode.Praise, Name = "表扬", CompletionWorkingDays = 5, SortOrder = 6 });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task EnsureOfficialCalendarsAsync(PlatformDbContext db, CalendarAdmin admin, CancellationToken cancellationToken)
    {
        var loaded = await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        foreach (var file in OfficialCalendars.Load().Where(f => !loaded.Contains(f.Year)))
            await admin.ImportYearAsync(file, Actor.System, cancellationToken);
    }

    /// <summary>The hotline center is itself a unit, so that center staff belong to one like everybody else.</summary>
    private static async Task EnsureCenterAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(u => u.Type == UnitType.Center, cancellationToken))
            return;
        db.Units.Add(new MemberUnit { Code = DemoCountyData.CenterCode, Name = "12345政务服务便民热线管理中心", Type = UnitType.Center });
        await db.SaveChangesAsync(cancellationToken);
    }
}
