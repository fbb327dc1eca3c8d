using Hotline.Platform.Identity;

namespace Hotline.UserAccess.Accounts;

/// <summary>Field rules the user forms check before anything is sent; the service and Identity check them again.</summary>
internal static class UserFormRules
{
    public const int UserNameMaxLength = 50;

    /// <summary>As the display-name column is sized in the model.</summary>
    public const int DisplayNameMaxLength = 50;

    /// <summary>The same set IdentitySetup allows, so the form refuses what Identity would refuse.</summary>
    public const string UserNameCharacters = IdentitySetup.AllowedUserNameCharacters;

    public static IEnumerable<string> UserName(string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
            yield return "请输入用户名";
        else if (text.Length > UserNameMaxLength)
            yield return $"用户名不能超过 {UserNameMaxLength} 个字符";
        else if (text.Any(c => !UserNameCharacters.Contains(c)))
            yield return "用户名只能包含英文字母、数字和 - . _";
    }

    public static IEnumerable<string> DisplayName(string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
            yield return "请输入姓名";
        else if (text.Length > DisplayNameMaxLength)
            yield return $"姓名不能超过 {DisplayNameMaxLength} 个字符";
    }

    /// <summary>One message naming every broken rule: a MudBlazor field shows only its first error.</summary>
    public static IEnumerable<string> Password(string? userName, string? password)
    {
        if (string.IsNullOrEmpty(password))
            return ["请输入密码"];
        var messages = PasswordClassesValidator.Messages(userName?.Trim(), password).ToList();
        return messages.Count == 0 ? [] : [string.Join("", messages)];
    }
}
