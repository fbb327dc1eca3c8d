using Hotline.Platform.Notifications;

namespace Hotline.Intake.CaseSearch;

/// <summary>
/// The case list's phone filter. A search by number is a query of personal data, so every one is audited; roles that
/// only ever see masked numbers may look up a complete number (a caller they already know) but never a fragment,
/// which would let a few dozen searches spell out any number.
/// </summary>
internal sealed record PhoneSearch(string Number, bool Exact)
{
    public const string AuditAction = "按电话查询工单";
    public const string FragmentRefused = "您的角色只能按完整电话号码查询（手机号 11 位，固定电话带区号）。";

    /// <returns>The search to apply, or null when the filter has no phone.</returns>
    /// <exception cref="BusinessRuleException">A fragment from a role that may only match complete numbers.</exception>
    public static PhoneSearch? From(string? input, bool fragmentsAllowed)
    {
        if (string.IsNullOrWhiteSpace(input))
            return null;
        var number = PhoneNumberRules.Normalize(input);
        if (PhoneNumberRules.IsValid(number))
            return new PhoneSearch(number, Exact: true);
        if (!fragmentsAllowed)
            throw new BusinessRuleException(FragmentRefused);
        return new PhoneSearch(number, Exact: false);
    }

    /// <summary>What the audit log keeps: the number masked like everywhere else, the kind of match and how many cases it found.</summary>
    public string AuditDetail(int found) => $"{(Exact ? "完整号码" : "部分号码")} {PhoneMask.Mask(Number)}；{found} 条";
}
