namespace Hotline.UserAccess.SignIn;

/// <summary>等保 password rule: at least 8 characters drawn from at least 3 of lower case, upper case, digits and symbols.</summary>
internal sealed class PasswordClassesValidator : IPasswordValidator<ApplicationUser>
{
    public const int MinimumLength = 8;

    public static readonly string TooShortMessage = $"密码至少需要 {MinimumLength} 个字符。";
    public const string ClassesMessage = "密码需包含大写字母、小写字母、数字、符号中的至少三类。";
    public const string ContainsUserNameMessage = "密码不能包含用户名。";

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var errors = Check(user.UserName, password);
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>The same rule for forms, so a field shows the message before anything is sent.</summary>
    public static IReadOnlyList<IdentityError> Check(string? userName, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        if (password.Length < MinimumLength)
            errors.Add(new IdentityError { Code = "PasswordTooShort", Description = TooShortMessage });
        if (CountClasses(password) < 3)
            errors.Add(new IdentityError { Code = "PasswordClasses", Description = ClassesMessage });
        if (!string.IsNullOrEmpty(userName) && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = ContainsUserNameMessage });
        return errors;
    }

    /// <summary>Chinese messages for a password field; empty when the password passes.</summary>
    public static IEnumerable<string> Messages(string? userName, string? password) =>
        Check(userName, password).Select(e => e.Description);

    public static int CountClasses(string password) =>
        (password.Any(char.IsLower) ? 1 : 0)
        + (password.Any(char.IsUpper) ? 1 : 0)
        + (password.Any(char.IsDigit) ? 1 : 0)
        + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
}
