using System.Text.RegularExpressions;

namespace Hotline.Evaluation.CasePanel;

/// <summary>
/// Member units never read any of a caller's phone digits in a flow-sheet step: even a masked number's last
/// four digits are the public progress lookup's secret, and a unit may be shielded from the caller altogether.
/// Center roles keep the masked number the step was written with.
/// </summary>
internal static partial class CallerDigits
{
    public const string Replacement = "诉求人";

    /// <summary>The detail with every masked phone number (138****5678, 0571-****3456, ****5678) replaced by a neutral word.</summary>
    public static string? ForUnits(string? detail) =>
        detail is null ? null : MaskedPhone().Replace(detail, Replacement);

    [GeneratedRegex(@"(\+86 )?\d*-?\*+\d+")]
    private static partial Regex MaskedPhone();
}
