namespace Hotline.Platform.Forms;

/// <summary>
/// A form's refusals: a rule about one field shows under that field and goes as soon as the field is changed;
/// only rules across fields (or none named) show in the summary, which goes on the next try.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    public string? Summary { get; private set; }

    public void Show(BusinessRuleException refusal)
    {
        Clear();
        if (refusal.Field is { } field)
            _fields[field] = refusal.Message;
        else
            Summary = refusal.Message;
    }

    public string? For(string field) => _fields.GetValueOrDefault(field);

    public bool Has(string field) => _fields.ContainsKey(field);

    /// <summary>The user changed the field: its message no longer applies.</summary>
    public void Changed(string field) => _fields.Remove(field);

    public void Clear()
    {
        _fields.Clear();
        Summary = null;
    }
}
