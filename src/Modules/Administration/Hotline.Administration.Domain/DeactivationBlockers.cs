namespace Hotline.Administration.Domain;

/// <summary>
/// Collects what still depends on a node an admin wants to deactivate, so the refusal names
/// everything at once instead of one blocker per attempt.
/// </summary>
internal sealed class DeactivationBlockers
{
    private readonly List<string> _blockers = [];

    /// <summary>"3 个启用的下级单位（A、B、C）": dependents that have names, listed short.</summary>
    public DeactivationBlockers Named(IReadOnlyCollection<string> names, string what)
    {
        if (names.Count > 0)
            _blockers.Add($"{names.Count} 个{what}（{TreeRules.NameList(names)}）");
        return this;
    }

    /// <summary>"2 个启用的用户账号": dependents only counted.</summary>
    public DeactivationBlockers Counted(int count, string what)
    {
        if (count > 0)
            _blockers.Add($"{count} 个{what}");
        return this;
    }

    /// <summary>Why the node cannot be deactivated, or null when nothing blocks it.</summary>
    public string? Refusal(string noun) =>
        _blockers.Count == 0 ? null : $"该{noun}还有 {string.Join("、", _blockers)}，请先停用或调整后再停用本{noun}。";
}
