using Hotline.Platform.Notifications;

namespace Hotline.Handling.Shared;

/// <summary>
/// Live refresh of open inboxes and deadline views: a topic per unit (its parents listen to their
/// sub-units' changes too) and one for the center. Published only after the change committed.
/// </summary>
internal sealed class HandlingLive(LiveUpdates live, IUnitDirectory units)
{
    public const string CenterTopic = "handling:center";

    public static string UnitTopic(Guid unitId) => $"handling:unit:{unitId}";

    /// <summary>Publishes the units' (and their ancestors') topics and the center's once <paramref name="db"/> has saved.</summary>
    public async Task PublishAfterSaveAsync(DbContext db, IEnumerable<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        var topics = await TopicsAsync(unitIds, cancellationToken);
        db.SavedChanges += (_, _) =>
        {
            foreach (var topic in topics)
                live.Publish(topic);
        };
    }

    /// <summary>Publishes now; for changes that already committed.</summary>
    public async Task PublishAsync(IEnumerable<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        foreach (var topic in await TopicsAsync(unitIds, cancellationToken))
            live.Publish(topic);
    }

    private async Task<IReadOnlyList<string>> TopicsAsync(IEnumerable<Guid> unitIds, CancellationToken cancellationToken)
    {
        var topics = new List<string> { CenterTopic };
        var seen = new HashSet<Guid>();
        foreach (var unitId in unitIds)
        {
            // Walk up the tree: a parent unit's inbox shows its sub-units' work.
            Guid? current = unitId;
            while (current is { } id && seen.Add(id))
            {
                topics.Add(UnitTopic(id));
                current = (await units.GetUnitAsync(id, cancellationToken))?.ParentId;
            }
        }
        return topics;
    }
}
