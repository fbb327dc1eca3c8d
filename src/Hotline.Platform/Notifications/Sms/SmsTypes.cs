namespace Hotline.Platform.Notifications.Sms;

/// <summary>A named value an SMS template may show, e.g. <c>{caseNumber}</c>.</summary>
/// <param name="Label">What the admin page says it is.</param>
/// <param name="Sample">What the preview puts in its place.</param>
public sealed record SmsPlaceholder(string Name, string Label, string Sample);

/// <summary>
/// One kind of SMS the product sends (a "notification type"): the module that sends it declares it with its default
/// text, so the admin can reword it without a release and the module still controls which values exist.
/// </summary>
/// <param name="Key">Stable key the module renders by, e.g. <c>intake.registered</c>.</param>
/// <param name="Name">The Chinese name shown to the admin, also the notification's title.</param>
public sealed record SmsType(string Key, string Name, string DefaultTemplate, IReadOnlyList<SmsPlaceholder> Placeholders)
{
    /// <summary>Placeholders a template must keep: without them the message loses its point (the case number, the new date…).</summary>
    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>
    /// The placeholder whose value carries <see cref="NotificationSecrets.Placeholder"/> (query code, rating link). It is
    /// always required: a template without it would queue an SMS that NotificationSecrets refuses.
    /// </summary>
    public string? Secret { get; init; }

    /// <summary>Where the admin page lists the type.</summary>
    public int Order { get; init; }

    public IEnumerable<string> AllRequired => Secret is null ? Required : Required.Append(Secret).Distinct();
}

public static class SmsTypeRegistration
{
    /// <summary>Declares an SMS the module sends; the admin page lists it and <see cref="SmsTemplates"/> renders it.</summary>
    public static IServiceCollection AddSmsType(this IServiceCollection services, SmsType type) => services.AddSingleton(type);
}
