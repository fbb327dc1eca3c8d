using Microsoft.AspNetCore.Identity;

namespace Hotline.Platform.Identity;

/// <summary>等保 password rule: at least 8 characters drawn from at least 3 of lower case, upper case, digits and symbols.</summary>
public sealed class PasswordClassesValidator : IPasswordValidator<ApplicationUser>
{
    public const int MinimumLength = 8;

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        if (password.Length < MinimumLength)
            errors.Add(new IdentityError { Code = "PasswordTooShort", Description = $"密码至少需要 {MinimumLength} 个字符。" });
        if (CountClasses(password) < 3)
            errors.Add(new IdentityError { Code = "PasswordClasses", Description = "密码需包含大写字母、小写字母、数字、符号中的至少三类。" });
        if (!string.IsNullOrEmpty(user.UserName) && password.Contains(user.UserName, StringComparison.OrdinalIgnoreCase))
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = "密码不能包含用户名。" });
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    public static int CountClasses(string password) =>
        (password.Any(char.IsLower) ? 1 : 0)
        + (password.Any(char.IsUpper) ? 1 : 0)
        + (password.Any(char.IsDigit) ? 1 : 0)
        + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
}
