using Hotline.Administration.Domain;
using Hotline.Platform.Calendar;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Administration.Persistence;

internal static class AdministrationModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<MemberUnit>(e =>
        {
            MapTreeNode(e, "administration_units");
            e.Property(x => x.Leader).HasMaxLength(50);
            e.Property(x => x.ContactPhone).HasMaxLength(30);
        });
        builder.Entity<Area>(e => MapTreeNode(e, "administration_areas"));
        builder.Entity<MatterCategory>(e => MapTreeNode(e, "administration_categories"));
        builder.Entity<RequestType>(e =>
        {
            e.ToTable("administration_request_types");
            e.HasKey(x => x.Code);
            e.Property(x => x.Name).HasMaxLength(20);
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
        });
    }

    private static void MapTreeNode<T>(EntityTypeBuilder<T> e, string table) where T : class, ITreeNode
    {
        e.ToTable(table);
        e.Property(x => x.Code).HasMaxLength(40);
        e.Property(x => x.Name).HasMaxLength(100);
        e.HasIndex(x => x.Code).IsUnique();
        e.HasIndex(x => x.ParentId);
    }
}
