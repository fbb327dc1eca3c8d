namespace Hotline.Platform;

/// <summary>A request that breaks a business rule; the message is Chinese and shown to the user as is.</summary>
/// <param name="field">The form field the rule is about, so the form shows the message under it; null for rules across fields.</param>
public class BusinessRuleException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
