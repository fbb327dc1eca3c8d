using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Platform.Calendar;

/// <summary>The JSON shape administrators import: <c>{"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}</c>.</summary>
public sealed record CalendarYearFile(int Year, IReadOnlyList<CalendarDay> Days);

public static class CalendarImport
{
    private sealed record FileDto(
        [property: JsonPropertyName("year")] int? Year,
        [property: JsonPropertyName("days")] List<DayDto?>? Days);

    private sealed record DayDto(
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("date")] string? Date,
        [property: JsonPropertyName("isOffDay")] bool? IsOffDay);

    /// <summary>Parses and validates a whole file; any problem rejects the file with every problem listed in Chinese.</summary>
    public static (CalendarYearFile? File, IReadOnlyList<string> Errors) Parse(string json)
    {
        FileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<FileDto>(json, new JsonSerializerOptions { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"（第 {line + 1} 行附近）" : "";
            return (null, [$"文件不是有效的 JSON{where}。"]);
        }

        var errors = new List<string>();
        if (dto?.Year is not { } year)
            return (null, ["缺少 year（年份）字段。"]);
        if (year is < 2000 or > 2100)
            errors.Add($"年份 {year} 不在 2000–2100 之间。");
        if (dto.Days is null || dto.Days.Count == 0)
            errors.Add("缺少 days（日期列表）或列表为空。");

        var days = new List<CalendarDay>();
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < (dto.Days?.Count ?? 0); i++)
        {
            var item = dto.Days![i];
            var label = $"第 {i + 1} 项";
            if (item is null)
            {
                errors.Add($"{label}为空。");
                continue;
            }
            if (string.IsNullOrWhiteSpace(item.Name))
                errors.Add($"{label}缺少名称 name。");
            else if (item.Name.Length > 40)
                errors.Add($"{label}名称超过 40 个字。");
            if (item.IsOffDay is null)
                errors.Add($"{label}缺少 isOffDay（是否放假）。");
            if (!DateOnly.TryParseExact(item.Date, "yyyy-MM-dd", out var date))
            {
                errors.Add($"{label}的日期“{item.Date}”不是 yyyy-MM-dd 格式的有效日期。");
                continue;
            }
            if (date.Year != year)
                errors.Add($"{label}的日期 {item.Date} 不属于 {year} 年。");
            if (!seen.Add(date))
                errors.Add($"日期 {item.Date} 重复出现。");
            if (item.IsOffDay == false && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                errors.Add($"{label}：{item.Date} 是工作日，不能再标为调休上班。");
            days.Add(new CalendarDay { Date = date, Name = item.Name?.Trim() ?? "", IsOffDay = item.IsOffDay ?? true });
        }

        return errors.Count > 0 ? (null, errors) : (new CalendarYearFile(year, days), []);
    }
}
