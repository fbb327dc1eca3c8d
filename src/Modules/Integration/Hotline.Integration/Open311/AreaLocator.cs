using Hotline.Platform.Organization;

namespace Hotline.Integration.Open311;

/// <summary>
/// The area (属地) of an address written by a connected system: the deepest active area whose name the address
/// contains (a village over its township), the longest name winning among equals. Null when no township or lower matches.
/// </summary>
internal sealed class AreaLocator(IAreaDirectory areas)
{
    public async Task<AreaInfo?> FromAddressAsync(string? address, CancellationToken cancellationToken)
    {
        var text = address?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        var active = await areas.ActiveAreasAsync(cancellationToken);
        return active.Where(a => a.Level != AreaLevel.County && a.Name.Length >= 2 && text.Contains(a.Name, StringComparison.Ordinal))
            .OrderByDescending(a => a.Level).ThenByDescending(a => a.Name.Length)
            .FirstOrDefault();
    }

    public async Task<AreaInfo?> FromCodeAsync(string code, CancellationToken cancellationToken) =>
        (await areas.ActiveAreasAsync(cancellationToken)).FirstOrDefault(a => string.Equals(a.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
