namespace Hotline.Platform.Exports;

/// <summary>A module context that keeps its export jobs (<typeparamref name="TJob"/>) in a table of its own.</summary>
public interface IExportJobContext<TJob> where TJob : ExportJob
{
    DbSet<TJob> ExportJobs { get; }
}

public static class ExportJobMapping
{
    public const int QueryJsonMax = 2000;

    /// <summary>Maps the module's <typeparamref name="TJob"/> to its <paramref name="table"/>, the same columns and indexes in every module.</summary>
    public static void MapExportJobs<TJob>(this ModelBuilder builder, string table, int purposeMax) where TJob : ExportJob => builder.Entity<TJob>(e =>
    {
        e.ToTable(table);
        e.Property(x => x.QueryJson).HasMaxLength(QueryJsonMax);
        e.Property(x => x.QueryText).HasMaxLength(500);
        e.Property(x => x.Purpose).HasMaxLength(purposeMax);
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.FileName).HasMaxLength(500);
        e.Property(x => x.Error).HasMaxLength(500);
        e.HasIndex(x => new { x.State, x.RequestedAtUtc });
        e.HasIndex(x => x.RequestedByUserId);
    });
}
