namespace Hotline.Administration.Shared;

/// <summary>Collects "字段：旧 → 新" lines for an audit entry, so the log says what an edit changed, not only that it happened.</summary>
internal sealed class ChangeLog
{
    private readonly List<string> _changes = [];

    public ChangeLog Field(string label, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
            _changes.Add($"{label}：{Show(before)} → {Show(after)}");
        return this;
    }

    public bool HasChanges => _changes.Count > 0;

    public override string ToString() => string.Join("；", _changes);

    private static string Show(string? value) => string.IsNullOrEmpty(value) ? "（空）" : value;
}
