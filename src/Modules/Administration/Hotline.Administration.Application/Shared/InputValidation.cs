using System.ComponentModel.DataAnnotations;

namespace Hotline.Administration.Shared;

/// <summary>Services re-check the form's DataAnnotations themselves: a caller that skips the form must not store what the form would refuse.</summary>
internal static class InputValidation
{
    /// <summary>Codes identify rows in lists and imports: letters, digits and a few separators, no spaces.</summary>
    public const string CodePattern = @"^[A-Za-z0-9][A-Za-z0-9\-_.]*$";

    public const string PhonePattern = @"^[0-9+\-() ]*$";

    public static void Validate(object input)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
            throw new BusinessRuleException(string.Join("；", results.Select(r => r.ErrorMessage)));
    }

    /// <summary>Codes are compared and stored upper-case: SQLite compares case-sensitively and MariaDB does not, so "zjj" and "ZJJ" must not both be storable.</summary>
    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
