namespace Hotline.Platform.Slots;

/// <summary>One thing waiting for the signed-in user, from any module, with the one click that acts on it.</summary>
/// <param name="Kind">What is owed, as staff say it: 待签收, 待派单, 待回访…</param>
/// <param name="DueUtc">When it must be done; null for queues without a deadline (then <paramref name="SinceUtc"/> orders them).</param>
/// <param name="Urgent">紧急/特急 or a yellow light: ahead of the ordinary items with the same deadline state.</param>
public sealed record WorkItem(
    string Kind,
    string CaseNumber,
    string Summary,
    DateTime? DueUtc,
    bool Overdue,
    string Href,
    string ActionLabel,
    bool Urgent = false,
    DateTime? SinceUtc = null);

/// <summary>How many items of one kind wait in all, and the list that holds them.</summary>
public sealed record WorkItemCount(string Kind, int Total, string Href);

/// <summary>What one source has for the signed-in user: the most pressing items and the count per kind.</summary>
public sealed record WorkItemBatch(IReadOnlyList<WorkItem> Items, IReadOnlyList<WorkItemCount> Counts)
{
    public static readonly WorkItemBatch Empty = new([], []);
}

/// <summary>A module's contribution to the home page's 待我处理 list.</summary>
public interface IWorkItemSource
{
    /// <summary>At most <paramref name="max"/> items for the signed-in user, most pressing first, and the count of each kind.</summary>
    Task<WorkItemBatch> TakeAsync(int max, CancellationToken cancellationToken = default);
}

/// <summary>A source and the roles whose home page asks it.</summary>
public sealed record WorkItemSource(Type SourceType, IReadOnlyList<string> Roles);

public static class WorkItems
{
    public static IServiceCollection AddWorkItemSource<TSource>(this IServiceCollection services, params string[] roles)
        where TSource : class, IWorkItemSource
    {
        services.AddScoped<TSource>();
        services.AddSingleton(new WorkItemSource(typeof(TSource), roles));
        return services;
    }

    /// <summary>Overdue first, then urgent, then by deadline, then the longest waiting.</summary>
    public static IReadOnlyList<WorkItem> MostPressingFirst(IEnumerable<WorkItem> items, int max) =>
        items.OrderByDescending(i => i.Overdue)
            .ThenByDescending(i => i.Urgent)
            .ThenBy(i => i.DueUtc ?? DateTime.MaxValue)
            .ThenBy(i => i.SinceUtc ?? DateTime.MaxValue)
            .ThenBy(i => i.CaseNumber, StringComparer.Ordinal)
            .Take(max)
            .ToList();
}
