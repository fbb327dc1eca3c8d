using Hotline.Administration.Domain;
using Hotline.Platform.Calendar;

namespace Hotline.Administration.Persistence;

internal static class AdministrationModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<MemberUnit>(e =>
        {
            e.ToTable("administration_units");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Leader).HasMaxLength(50);
            e.Property(x => x.ContactPhone).HasMaxLength(30);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.ParentId);
            HotlineConventions.ConfigureVersioned(e);
        });
        builder.Entity<Area>(e =>
        {
            e.ToTable("administration_areas");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.ParentId);
            HotlineConventions.ConfigureVersioned(e);
        });
        builder.Entity<MatterCategory>(e =>
        {
            e.ToTable("administration_categories");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.ParentId);
            HotlineConventions.ConfigureVersioned(e);
        });
        builder.Entity<RequestType>(e =>
        {
            e.ToTable("administration_request_types");
            e.HasKey(x => x.Code);
            e.Property(x => x.Name).HasMaxLength(20);
            HotlineConventions.ConfigureVersioned(e);
        });
        builder.Entity<CalendarDay>(e =>
        {
            e.ToTable("administration_calendar_days");
            e.HasKey(x => x.Date);
            e.Property(x => x.Name).HasMaxLength(40);
        });
        builder.Entity<CalendarYear>(e =>
        {
            e.ToTable("administration_calendar_years");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.LoadedBy).HasMaxLength(100);
        });
    }
}
