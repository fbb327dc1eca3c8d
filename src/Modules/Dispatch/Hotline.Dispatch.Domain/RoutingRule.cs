namespace Hotline.Dispatch.Domain;

/// <summary>
/// 派单规则: matter category × area → lead unit and optional co-units. A rule without an area applies
/// to every area; the most specific matching rule wins (deepest category, then deepest area).
/// </summary>
internal sealed class RoutingRule : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CategoryId { get; set; }
    public Guid? AreaId { get; set; }
    public Guid LeadUnitId { get; set; }

    /// <summary>Co-handling unit ids, comma separated (a rule names a handful at most).</summary>
    public string CoUnitIds { get; set; } = "";

    public string? Note { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime UpdatedAtUtc { get; set; }
    public string UpdatedBy { get; set; } = "";
    public Guid Version { get; set; }

    public IReadOnlyList<Guid> CoUnits =>
        CoUnitIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    public void SetCoUnits(IEnumerable<Guid> ids) => CoUnitIds = string.Join(',', ids.Distinct());
}
