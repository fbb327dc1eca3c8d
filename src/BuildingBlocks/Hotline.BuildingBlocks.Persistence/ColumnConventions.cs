using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Hotline.Platform.Persistence;

/// <summary>
/// Column rules that hold for every table of every module, so a mapping states only what is particular to it:
/// a versioned row is guarded by its <see cref="IVersioned.Version"/>, and a text column takes its length from
/// what it holds (who acted, which account, which digest) unless the mapping gives one.
/// </summary>
internal sealed class ColumnConventions : IModelFinalizingConvention
{
    /// <summary>A text column the mapping gives no length: the longest free text a short field of a form takes.</summary>
    public const int DefaultTextLength = 400;

    /// <summary>A person's display name as recorded on a step (经办人, 审核人…).</summary>
    public const int ActorNameLength = 100;

    /// <summary>An account id, and a SHA-256 digest or an IP address as text.</summary>
    public const int IdentifierLength = 64;

    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entity in modelBuilder.Metadata.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
                entity.FindDeclaredProperty(nameof(IVersioned.Version))?.Builder.IsConcurrencyToken(true);
            foreach (var property in entity.GetDeclaredProperties())
                if (property.ClrType == typeof(string) && property.GetMaxLength() is null)
                    property.Builder.HasMaxLength(LengthFor(property.Name));
        }
    }

    private static int LengthFor(string name) =>
        name.EndsWith("UserId", StringComparison.Ordinal) || name.EndsWith("Hash", StringComparison.Ordinal)
            || name.EndsWith("Sha256", StringComparison.Ordinal) || name == "IpAddress" ? IdentifierLength
        : name.EndsWith("By", StringComparison.Ordinal) || name.EndsWith("ByName", StringComparison.Ordinal)
            || name is "Actor" or "ActorName" ? ActorNameLength
        : DefaultTextLength;
}
