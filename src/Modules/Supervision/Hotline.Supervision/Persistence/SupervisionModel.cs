using Hotline.Supervision.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Supervision.Persistence;

internal static class SupervisionModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<WatchedDeadline>(e =>
        {
            e.ToTable("supervision_deadlines");
            e.HasKey(x => x.Id);
            e.Ignore(x => x.IsOpen);
            e.Property(x => x.CaseNumber).HasMaxLength(40);
            // One row per assignment and kind: what makes redelivery and restarts harmless.
            e.HasIndex(x => new { x.AssignmentId, x.Kind }).IsUnique();
            // The watch pass reads open rows by state and due time.
            e.HasIndex(x => new { x.State, x.DueUtc });
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => new { x.UnitId, x.State });
        });
    }
}
