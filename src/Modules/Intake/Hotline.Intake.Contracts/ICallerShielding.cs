using System.Text.RegularExpressions;
using Hotline.Platform.Organization;

namespace Hotline.Intake.Contracts;

/// <summary>
/// "Is this member unit shielded from this caller?" — the one rule every module applies before showing a
/// unit anything of the caller (identity, phone digits, own words, the center's notes about the contact).
/// A unit is shielded on a confidential case, and on a complaint or report about itself, its parent
/// (at any depth) or one of its sub-units: the complained-about chain may not learn who complained.
/// </summary>
public interface ICallerShielding
{
    /// <returns>True when the unit may not see the caller of the case; also for an unknown case.</returns>
    Task<bool> IsShieldedAsync(Guid caseId, Guid viewerUnitId, CancellationToken cancellationToken = default);

    /// <returns>
    /// Why the unit may not see the caller of the case (<see cref="CallerShield.ReasonAsync"/> on the case's flags),
    /// <see cref="CallerShield.UnknownCaseReason"/> for an unknown case, or null when it may. Works on closed cases too.
    /// </returns>
    Task<string?> WithheldReasonAsync(Guid caseId, Guid viewerUnitId, CancellationToken cancellationToken = default);
}

/// <summary>The shielding rule on data the contracts expose, for modules that keep their own copy of the case's flags.</summary>
public static partial class CallerShield
{
    public const string ConfidentialReason = "诉求人要求保密";
    public const string SubjectReason = "本单位为被投诉/举报对象";
    public const string UnknownCaseReason = "无法核实工单的保密要求";

    /// <summary>What a shielded unit reads in place of the caller's name, number or words.</summary>
    public const string Withheld = "（已保密）";

    /// <summary>What a member unit reads in a flow-sheet step in place of a caller's (masked) number.</summary>
    public const string DigitsReplacement = "诉求人";

    /// <returns>Why the unit may not see the caller at all, or null when it may.</returns>
    public static async Task<string?> ReasonAsync(IUnitDirectory units, bool isConfidential, Guid? subjectUnitId, Guid viewerUnitId,
        CancellationToken cancellationToken = default)
    {
        if (isConfidential)
            return ConfidentialReason;
        if (subjectUnitId is { } subject
            && (await units.IsSameOrDescendantAsync(viewerUnitId, subject, cancellationToken)
                || await units.IsSameOrDescendantAsync(subject, viewerUnitId, cancellationToken)))
            return SubjectReason;
        return null;
    }

    /// <returns>True when the unit may not see the caller (see <see cref="ReasonAsync"/>).</returns>
    public static async Task<bool> IsShieldedAsync(IUnitDirectory units, bool isConfidential, Guid? subjectUnitId, Guid viewerUnitId,
        CancellationToken cancellationToken = default) =>
        await ReasonAsync(units, isConfidential, subjectUnitId, viewerUnitId, cancellationToken) is not null;

    /// <summary>
    /// A flow-sheet step's text as a member unit reads it: every masked phone number (138****5678, 0571-****3456,
    /// ****5678) replaced by <see cref="DigitsReplacement"/>. Units never read any of a caller's digits in a step: even a
    /// masked number's last four digits are the public progress lookup's secret. Center roles keep the masked number.
    /// </summary>
    public static string? WithoutPhoneDigits(string? text) =>
        text is null ? null : MaskedPhone().Replace(text, DigitsReplacement);

    [GeneratedRegex(@"(\+86 )?\d*-?\*+\d+")]
    private static partial Regex MaskedPhone();
}
