namespace Hotline.Integration.Gateway;

/// <summary>The client behind the current API call, with the units whose data it may see (their sub-units included).</summary>
internal sealed class ApiCaller(ApiClient client, IReadOnlySet<Guid>? visibleUnits)
{
    public Guid ClientId => client.Id;
    public string Name => client.Name;
    public bool Allows(ApiScopes scope) => client.Allows(scope);

    /// <summary>Null when the client sees every unit.</summary>
    public IReadOnlySet<Guid>? VisibleUnits => visibleUnits;

    /// <summary>The client's own units (not expanded), for the caller-shielding rule.</summary>
    public IReadOnlyCollection<Guid>? OwnUnits => client.AllUnits ? null : client.UnitIds;

    public bool Sees(Guid? unitId) => visibleUnits is null || unitId is { } id && visibleUnits.Contains(id);

    public bool SeesAny(IEnumerable<Guid> unitIds) => visibleUnits is null || unitIds.Any(visibleUnits.Contains);

    public static async Task<ApiCaller> ForAsync(ApiClient client, IUnitDirectory units, CancellationToken cancellationToken)
    {
        if (client.AllUnits)
            return new ApiCaller(client, null);
        var visible = new HashSet<Guid>();
        foreach (var unit in client.UnitIds)
            visible.UnionWith(await units.DescendantIdsAsync(unit, includeSelf: true, cancellationToken));
        return new ApiCaller(client, visible);
    }
}
