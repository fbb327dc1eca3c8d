using System.Globalization;
using Hotline.Integration.Gateway;

namespace Hotline.Integration.Shared;

/// <summary>Query-string values parsed with Chinese refusals.</summary>
internal static class ApiQuery
{
    public static int? Int(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw ApiRefusal.BadRequest($"参数 {name} 须是非负整数。");
    }

    public static long? Long(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw ApiRefusal.BadRequest($"参数 {name} 无效。");
    }

    /// <summary>A day as yyyy-MM-dd (China time).</summary>
    public static DateOnly? Date(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw ApiRefusal.BadRequest($"参数 {name} 须为 yyyy-MM-dd 格式的日期。");
    }
}
