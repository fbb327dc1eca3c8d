using Hotline.Administration.Domain;
using Hotline.Platform.Calendar;

namespace Hotline.Administration.Persistence;

/// <summary>Administration's runtime context: the reference trees, request types and the working-day calendar (prefix <c>administration_</c>) plus the platform messaging tables.</summary>
internal sealed class AdministrationDbContext(DbContextOptions<AdministrationDbContext> options) : ModuleDbContext(options)
{
    public DbSet<MemberUnit> Units => Set<MemberUnit>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<MatterCategory> Categories => Set<MatterCategory>();
    public DbSet<RequestType> RequestTypes => Set<RequestType>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    protected override void ConfigureModule(ModelBuilder builder) => AdministrationModel.Configure(builder);
}
