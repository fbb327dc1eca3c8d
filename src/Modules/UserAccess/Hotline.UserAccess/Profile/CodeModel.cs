using System.ComponentModel.DataAnnotations;

namespace Hotline.UserAccess.Profile;

/// <summary>A 6-digit authenticator code as typed: apps show it as "123 456", so spaces and hyphens are allowed.</summary>
internal sealed class CodeModel
{
    [Required(ErrorMessage = "请输入验证码")]
    [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "验证码为 6 位数字")]
    public string Code { get; set; } = "";

    public static string Clean(string code) => code.Replace(" ", string.Empty).Replace("-", string.Empty).Trim();
}
