using Hotline.Intake.Contracts;

namespace Hotline.Handling.Shared;

/// <summary>Checks shared by the workbench commands, each with the message the unit sees.</summary>
internal static class HandlingRules
{
    public const string Concurrency = "该工单已被他人处理，请刷新后重试。";

    public static void RequireOpen(HandlingAssignment a) => a.RequireOpen();

    public static void RequireSigned(HandlingAssignment a) => a.RequireSigned();

    /// <summary>
    /// The unit may not reach the caller itself: the caller asked for confidentiality, or the complaint is about this
    /// unit, its parent or a sub-unit (the shared shielding rule, on the flags the assignment copied from dispatch).
    /// </summary>
    public static Task<bool> IdentityWithheldFromAsync(IUnitDirectory units, HandlingAssignment a, Guid unitId, CancellationToken cancellationToken = default) =>
        CallerShield.IsShieldedAsync(units, a.IsConfidential, a.SubjectUnitId, unitId, cancellationToken);

    public static string? Trimmed(string? text, int max, string label, string? field = null)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (value is { Length: var n } && n > max)
            throw new BusinessRuleException($"{label}不能超过 {max} 字。", field);
        return value;
    }
}
