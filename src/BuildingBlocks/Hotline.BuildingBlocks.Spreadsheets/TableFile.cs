using System.Globalization;
using System.Text.Json;
using MiniExcelLibs;

namespace Hotline.Platform.Spreadsheets;

/// <summary>A column an import expects: its key, the header names it may have (the first is the one messages use), whether it must be there.</summary>
public sealed record TableColumn(string Key, string[] Names, bool Required = false);

/// <summary>One data row as written, nothing looked up yet: <paramref name="Line"/> is Excel's row number or the JSON item's position.</summary>
public sealed record TableRow(int Line, IReadOnlyDictionary<string, string?> Cells)
{
    /// <summary>The trimmed text of a column, null when the column is absent or the cell blank.</summary>
    public string? this[string key] => Cells.GetValueOrDefault(key);
}

/// <summary>What one import takes: its columns, its limits and what one row is called in messages (e.g. 知识).</summary>
public sealed record TableShape(IReadOnlyList<TableColumn> Columns, int MaxRows, long MaxBytes, string RowNoun);

/// <summary>
/// Reads .xlsx (the first sheet, a header row) or .json (an array of objects). A file that is not what its name says,
/// lacks a required column, holds no row or more than the limit is refused as a whole (<see cref="BusinessRuleException"/>).
/// </summary>
public static class TableFile
{
    public static IReadOnlyList<TableRow> Read(Stream content, string fileName, TableShape shape)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        if (buffer.Length > shape.MaxBytes)
            throw new BusinessRuleException($"文件超过 {shape.MaxBytes / 1024 / 1024} MB。");
        buffer.Position = 0;
        var rows = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".xlsx" => Excel(buffer, shape),
            ".json" => Json(buffer, shape),
            _ => throw new BusinessRuleException("请上传 .xlsx 或 .json 文件。"),
        };
        if (rows.Count == 0)
            throw new BusinessRuleException("文件中没有数据行。");
        if (rows.Count > shape.MaxRows)
            throw new BusinessRuleException($"一次最多导入 {shape.MaxRows:N0} 条，文件中有 {rows.Count:N0} 条。");
        return rows;
    }

    private static List<TableRow> Excel(MemoryStream buffer, TableShape shape)
    {
        // An .xlsx is a ZIP container: anything else renamed to .xlsx (an .exe, a .xls) stops here.
        var head = new byte[4];
        if (buffer.Read(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K')
            throw new BusinessRuleException("文件不是有效的 Excel（.xlsx）文件。");
        buffer.Position = 0;
        List<IDictionary<string, object?>> sheet;
        try
        {
            sheet = buffer.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception ex) when (ex is not BusinessRuleException)
        {
            throw new BusinessRuleException("无法读取该 Excel 文件，请确认它是 .xlsx 格式且未加密。");
        }
        var map = HeaderMap(sheet.FirstOrDefault()?.Keys.ToList() ?? [], shape, requireAll: true);
        // Row 1 is the header: the first data row is line 2, as Excel shows it.
        return [.. sheet.Select((r, i) => Row(i + 2, shape, key => map.TryGetValue(key, out var column) ? Text(r[column]) : null)).Where(NotEmpty)];
    }

    private static List<TableRow> Json(MemoryStream buffer, TableShape shape)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer);
        }
        catch (JsonException)
        {
            throw new BusinessRuleException("文件不是有效的 JSON。");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new BusinessRuleException($"JSON 文件应是一个数组，每个元素是一条{shape.RowNoun}。");
            var rows = new List<TableRow>();
            var line = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                line++;
                if (item.ValueKind != JsonValueKind.Object)
                    throw new BusinessRuleException($"第 {line} 条不是对象。");
                var fields = item.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.OrdinalIgnoreCase);
                var map = HeaderMap(fields.Keys.ToList(), shape, requireAll: false);
                rows.Add(Row(line, shape, key => map.TryGetValue(key, out var name) ? fields[name] : null));
            }
            var missing = shape.Columns.Where(c => c.Required && rows.All(r => r[c.Key] is null)).ToList();
            if (rows.Count > 0 && missing.Count > 0)
                throw new BusinessRuleException($"文件缺少必填字段：{string.Join("、", missing.Select(c => c.Names[0]))}" +
                    $"（{string.Join("、", shape.Columns.Where(c => c.Required).Select(c => c.Names[^1]))}）。");
            return [.. rows.Where(NotEmpty)];
        }
    }

    private static Dictionary<string, string> HeaderMap(IReadOnlyList<string> header, TableShape shape, bool requireAll)
    {
        var map = new Dictionary<string, string>();
        foreach (var (key, names, _) in shape.Columns)
        {
            var found = header.FirstOrDefault(h => names.Any(n => string.Equals(h?.Trim(), n, StringComparison.OrdinalIgnoreCase)));
            if (found is not null)
                map[key] = found;
        }
        var missing = shape.Columns.Where(c => c.Required && !map.ContainsKey(c.Key)).Select(c => c.Names[0]).ToList();
        if (requireAll && missing.Count > 0)
            throw new BusinessRuleException($"表头缺少必填列：{string.Join("、", missing)}。第一行应为列名：{string.Join("、", shape.Columns.Select(c => c.Names[0]))}。");
        return map;
    }

    private static TableRow Row(int line, TableShape shape, Func<string, string?> cell) =>
        new(line, shape.Columns.ToDictionary(c => c.Key, c => cell(c.Key)));

    private static bool NotEmpty(TableRow row) => row.Cells.Values.Any(v => !string.IsNullOrWhiteSpace(v));

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    } is { } s && s.Trim().Length > 0 ? s.Trim() : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => string.Join("，", value.EnumerateArray().Select(Text).OfType<string>()),
        _ => null,
    } is { } s && s.Trim().Length > 0 ? s.Trim() : null;
}
