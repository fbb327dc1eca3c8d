using Hotline.Platform.Rules;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Platform.Persistence;

/// <summary>The one mapping of a module's <see cref="FlowSheetStep"/> table, read by case in time order.</summary>
public static class FlowSheetSteps
{
    public const int ActorMax = 100;
    public const int ActionMax = 100;

    public static void Map<T>(EntityTypeBuilder<T> e, string table, int detailMax) where T : FlowSheetStep
    {
        e.ToTable(table);
        e.Property(x => x.Actor).HasMaxLength(ActorMax);
        e.Property(x => x.Action).HasMaxLength(ActionMax);
        e.Property(x => x.Detail).HasMaxLength(detailMax);
        e.HasIndex(x => new { x.CaseId, x.AtUtc });
    }
}
