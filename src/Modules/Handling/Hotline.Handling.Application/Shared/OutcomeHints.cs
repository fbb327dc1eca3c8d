namespace Hotline.Handling.Shared;

internal static class OutcomeHints
{
    /// <summary>"已输入 N 字，至少 M 字": the minimum is a rule the service enforces; the hint lets the handler see it coming.</summary>
    public static string LengthHint(string? text, int minLength) => $"已输入 {text?.Trim().Length ?? 0} 字，至少 {minLength} 字";
}
