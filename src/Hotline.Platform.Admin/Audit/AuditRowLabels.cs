using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;

namespace Hotline.Platform.Admin.Audit;

/// <summary>An audit entry as the log page shows it: the person's name, the object's Chinese type, name and link.</summary>
internal sealed record AuditRow(AuditEntry Entry, string UserShown, string TypeLabel, string? ObjectName, string? Href);

/// <summary>Turns raw entries (login names, English type names, GUIDs) into what an administrator reads, one lookup per type per page.</summary>
internal sealed class AuditRowLabels(
    IEnumerable<AuditObjectType> types,
    IEnumerable<IAuditObjectNames> namers,
    IStaffDirectory staff)
{
    private readonly Dictionary<string, AuditObjectType> _types = types.GroupBy(t => t.Type).ToDictionary(g => g.Key, g => g.First());

    public string Label(string type) => _types.TryGetValue(type, out var t) ? t.Label : type;

    public async Task<IReadOnlyList<AuditRow>> DescribeAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string Type, string Id), string>();
        foreach (var namer in namers)
        {
            var ids = entries.Where(e => e.ObjectType == namer.Type && e.ObjectId is not null).Select(e => e.ObjectId!).Distinct().ToList();
            if (ids.Count == 0)
                continue;
            foreach (var (id, name) in await namer.NamesAsync(ids, cancellationToken))
                names[(namer.Type, id)] = name;
        }
        var userIds = entries.Where(e => e.UserId is not null).Select(e => e.UserId!).Distinct().ToList();
        var people = await staff.AccountsAsync(userIds, cancellationToken);

        return entries.Select(e =>
        {
            var type = _types.GetValueOrDefault(e.ObjectType);
            var name = e.ObjectId is { } id ? names.GetValueOrDefault((e.ObjectType, id)) : null;
            var shownUser = e.UserId is { } uid && people.TryGetValue(uid, out var person) && person.DisplayName.Length > 0 ? $"{person.DisplayName}（{e.UserName}）" : e.UserName;
            return new AuditRow(e, shownUser, type?.Label ?? e.ObjectType, name,
                e.ObjectId is { } objectId && type?.Link is { } link ? link(objectId) : null);
        }).ToList();
    }
}
