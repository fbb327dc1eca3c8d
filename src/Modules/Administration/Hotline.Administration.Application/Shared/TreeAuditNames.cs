namespace Hotline.Administration.Shared;

/// <summary>Names of audited tree nodes (units, areas, categories), which the audit log records by their GUID.</summary>
internal sealed class TreeAuditNames(string type, IDbContextFactory<AdministrationDbContext> contexts,
    Func<AdministrationDbContext, List<Guid>, IQueryable<KeyValuePair<Guid, string>>> query) : IAuditObjectNames
{
    public string Type => type;

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var guids = ids.Select(i => Guid.TryParse(i, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await query(db, guids).ToListAsync(cancellationToken)).ToDictionary(p => p.Key.ToString(), p => p.Value);
    }
}

internal static class TreeAuditRegistration
{
    /// <summary>Lets the audit log show a tree's nodes by name, linked to the tree's admin page.</summary>
    public static IServiceCollection AddTreeAuditObject(this IServiceCollection services, string type, string label, string link,
        Func<AdministrationDbContext, List<Guid>, IQueryable<KeyValuePair<Guid, string>>> names)
    {
        services.AddAuditObjectType(type, label, _ => link);
        services.AddScoped<IAuditObjectNames>(sp => new TreeAuditNames(type, sp.GetRequiredService<IDbContextFactory<AdministrationDbContext>>(), names));
        return services;
    }
}
