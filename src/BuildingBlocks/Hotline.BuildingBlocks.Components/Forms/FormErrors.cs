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
        var acrossFields = new List<string>();
        foreach (var problem in refusal.Problems)
        {
            if (problem.Field is { } field)
                _fields.TryAdd(field, problem.Message);
            else
                acrossFields.Add(problem.Message);
        }
        Summary = acrossFields.Count == 0 ? null : string.Join(Environment.NewLine, acrossFields);
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
