using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Hotline.Administration.Calendar;

/// <summary>The JSON shape administrators import: <c>{"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}</c>.</summary>
public sealed record CalendarYearFile(int Year, IReadOnlyList<CalendarDay> Days);

internal static partial class CalendarImport
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxNameLength = 40;

    private static readonly JsonSerializerOptions Options = new()
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        PropertyNameCaseInsensitive = true,
    };

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
            dto = JsonSerializer.Deserialize<FileDto>(json, Options);
        }
        catch (JsonException ex)
        {
            return (null, [Describe(ex)]);
        }

        var errors = new List<string>();
        if (dto?.Year is not { } year)
            return (null, ["缺少 year（年份）字段。"]);
        if (year is < MinYear or > MaxYear)
            errors.Add($"年份 {year} 不在 {MinYear}–{MaxYear} 之间。");
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
            else if (item.Name.Trim().Length > MaxNameLength)
                errors.Add($"{label}的名称超过 {MaxNameLength} 个字。");
            if (item.IsOffDay is null)
                errors.Add($"{label}缺少 isOffDay（是否放假）。");
            if (string.IsNullOrWhiteSpace(item.Date))
            {
                errors.Add($"{label}缺少日期 date。");
                continue;
            }
            if (!DateOnly.TryParseExact(item.Date, "yyyy-MM-dd", out var date))
            {
                errors.Add($"{label}的日期“{item.Date}”不是 yyyy-MM-dd 格式的有效日期。");
                continue;
            }
            if (date.Year != year)
                errors.Add($"{label}的日期 {item.Date} 不属于 {year} 年。");
            if (!seen.Add(date))
                errors.Add($"{label}：日期 {item.Date} 重复出现。");
            if (item.IsOffDay == false && !IsWeekend(date))
                errors.Add($"{label}：{item.Date} 是{WeekdayName(date)}，本来就是工作日，不能标为调休上班。");
            days.Add(new CalendarDay { Date = date, Name = item.Name?.Trim() ?? "", IsOffDay = item.IsOffDay ?? true });
        }

        return errors.Count > 0 ? (null, errors) : (new CalendarYearFile(year, days), []);
    }

    /// <summary>
    /// The same rules as <see cref="Parse"/> for a file built in code: the import service re-checks
    /// what it is given, so no caller can store a schedule the page would have refused.
    /// </summary>
    public static IReadOnlyList<string> Validate(CalendarYearFile file)
    {
        var errors = new List<string>();
        if (file.Year is < MinYear or > MaxYear)
            errors.Add($"年份 {file.Year} 不在 {MinYear}–{MaxYear} 之间。");
        if (file.Days.Count == 0)
            errors.Add("缺少 days（日期列表）或列表为空。");
        var seen = new HashSet<DateOnly>();
        foreach (var day in file.Days)
        {
            var date = day.Date.ToString("yyyy-MM-dd");
            if (string.IsNullOrWhiteSpace(day.Name))
                errors.Add($"{date} 缺少名称。");
            else if (day.Name.Trim().Length > MaxNameLength)
                errors.Add($"{date} 的名称超过 {MaxNameLength} 个字。");
            if (day.Date.Year != file.Year)
                errors.Add($"日期 {date} 不属于 {file.Year} 年。");
            if (!seen.Add(day.Date))
                errors.Add($"日期 {date} 重复出现。");
            if (!day.IsOffDay && !IsWeekend(day.Date))
                errors.Add($"{date} 是{WeekdayName(day.Date)}，本来就是工作日，不能标为调休上班。");
        }
        return errors;
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static string WeekdayName(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };

    /// <summary>Turns a serializer failure into one Chinese sentence that says where and what is wrong.</summary>
    private static string Describe(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $"（第 {line + 1} 行附近）" : "";
        // The reader's own exception type is internal; its name is the only way to tell a syntax error
        // from a value of the wrong type.
        if (ex.InnerException?.GetType().Name == "JsonReaderException")
            return $"文件不是有效的 JSON{where}。";
        var path = ex.Path ?? "$";
        if (path == "$")
            return "文件内容应为一个 JSON 对象，形如 {\"year\":2027,\"days\":[…]}。";
        if (path == "$.year")
            return $"year（年份）应为整数{where}。";
        if (path == "$.days")
            return $"days 应为日期列表（数组）{where}。";
        var item = ItemPath().Match(path);
        if (item.Success)
        {
            var label = $"第 {int.Parse(item.Groups[1].Value) + 1} 项";
            return item.Groups[2].Value.ToLowerInvariant() switch
            {
                "" => $"{label}应为对象，形如 {{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}}{where}。",
                "date" => $"{label}的 date 应为 \"yyyy-MM-dd\" 格式的字符串{where}。",
                "name" => $"{label}的 name 应为字符串{where}。",
                "isoffday" => $"{label}的 isOffDay 应为 true 或 false{where}。",
                _ => $"{label}的字段 {item.Groups[2].Value} 的值类型不正确{where}。",
            };
        }
        return $"字段 {path.TrimStart('$', '.')} 的值类型不正确{where}。";
    }

    [GeneratedRegex(@"^\$\.days\[(\d+)\](?:\.(\w+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemPath();
}
