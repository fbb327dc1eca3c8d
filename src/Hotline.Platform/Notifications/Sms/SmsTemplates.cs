using Hotline.Platform.Settings;

namespace Hotline.Platform.Notifications.Sms;

/// <summary>The stored wording of one SMS type; no text means the type's default.</summary>
internal sealed record SmsTemplateSetting(string? Text);

/// <summary>An SMS type's template as read, ready to fill.</summary>
public sealed class SmsTemplate
{
    private readonly SmsType _type;
    private readonly string _text;

    internal SmsTemplate(SmsType type, string text) => (_type, _text) = (type, text);

    /// <param name="values">A value for every placeholder the type declares; the secret's value holds <see cref="NotificationSecrets.Placeholder"/>.</param>
    public string Render(IReadOnlyDictionary<string, string> values) => SmsTemplates.Render(_type, _text, values);
}

/// <summary>Renders the SMS a module queues with the template the admin saved for its type (or the type's default).</summary>
public sealed class SmsTemplates(SettingsStore store, IEnumerable<SmsType> types)
{
    internal const string KeyPrefix = "platform.sms.template.";
    public const int MaxLength = 500;

    internal IReadOnlyList<SmsType> Types { get; } = types.OrderBy(t => t.Order).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();

    /// <param name="values">A value for every placeholder the type declares; the secret's value holds <see cref="NotificationSecrets.Placeholder"/>.</param>
    public async Task<string> RenderAsync(string typeKey, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default) =>
        (await LoadAsync(typeKey, cancellationToken)).Render(values);

    /// <summary>
    /// Reads the template now to render it later: for code about to hold a connection in a transaction, which must not
    /// wait there for a second one (many registrations at once would starve the pool).
    /// </summary>
    public async Task<SmsTemplate> LoadAsync(string typeKey, CancellationToken cancellationToken = default)
    {
        var type = Find(typeKey);
        return new SmsTemplate(type, await TemplateAsync(type, cancellationToken));
    }

    internal SmsType Find(string typeKey) =>
        Types.FirstOrDefault(t => t.Key == typeKey) ?? throw new InvalidOperationException($"SMS type {typeKey} is not registered.");

    /// <summary>The saved template, or the default when none is saved or the saved one no longer fits the type.</summary>
    internal async Task<string> TemplateAsync(SmsType type, CancellationToken cancellationToken = default)
    {
        var saved = (await store.GetAsync<SmsTemplateSetting?>(KeyPrefix + type.Key, null, cancellationToken))?.Text;
        // A release may drop a placeholder an older saved text still uses: the default is better than a broken SMS.
        return saved is not null && Validate(type, saved).Count == 0 ? saved : type.DefaultTemplate;
    }

    internal static string Render(SmsType type, string template, IReadOnlyDictionary<string, string> values)
    {
        var missing = type.Placeholders.Select(p => p.Name).Where(n => !values.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"SMS type {type.Key} was rendered without {string.Join(", ", missing)}.");
        // Only the secret's value may carry the secret's marker: a unit's free text holding it would receive the code.
        return SmsTemplateText.Render(template, name => !values.TryGetValue(name, out var v) ? null
            : name == type.Secret ? v : v.Replace(NotificationSecrets.Placeholder, "", StringComparison.Ordinal));
    }

    /// <summary>The preview: the template with every placeholder's sample value.</summary>
    internal static string Preview(SmsType type, string template) =>
        SmsTemplateText.Render(template, name => type.Placeholders.FirstOrDefault(p => p.Name == name)?.Sample);

    /// <returns>Every problem in Chinese; none when the template may be saved.</returns>
    internal static IReadOnlyList<string> Validate(SmsType type, string? template)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(template))
        {
            errors.Add("短信模板不能为空。");
            return errors;
        }
        if (template.Length > MaxLength)
            errors.Add($"短信模板不能超过 {MaxLength} 个字符（现有 {template.Length} 个）。");
        var known = type.Placeholders.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var used = SmsTemplateText.Placeholders(template);
        var unknown = used.Where(n => !known.Contains(n)).ToList();
        if (unknown.Count > 0)
            errors.Add($"占位符 {SmsTemplateText.BracedList(unknown)} 无法识别，“{type.Name}”短信可用：{SmsTemplateText.BracedList(known)}。");
        foreach (var name in type.AllRequired.Where(n => !used.Contains(n)))
        {
            var label = type.Placeholders.FirstOrDefault(p => p.Name == name)?.Label ?? name;
            errors.Add($"短信模板必须包含 {SmsTemplateText.Braced(name)}（{label}）。");
        }
        if (template.Contains(NotificationSecrets.Placeholder, StringComparison.Ordinal))
            errors.Add($"短信模板不能包含“{NotificationSecrets.Placeholder}”，请使用占位符。");
        return errors;
    }
}
