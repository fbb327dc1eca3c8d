using System.Globalization;
using System.Text.Json;
using MiniExcelLibs;

namespace Hotline.Knowledge.Import;

/// <summary>One row of an import file as written, before anything is looked up. <c>Line</c> is the row number the admin sees.</summary>
internal sealed record ImportRow(int Line, string? Title, string? Body, string? Category, string? Unit, string? Keywords, string? Public,
    string? EffectiveFrom, string? ExpiresOn);

/// <summary>
/// Reads an existing knowledge base from .xlsx (first sheet, a header row in Chinese or English) or JSON (an array of
/// objects). A file that is not what its name says, or lacks a required column, is refused as a whole.
/// </summary>
internal static class ImportFile
{
    public const int MaxRows = 5000;
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Column → the names it may have in the header row.</summary>
    private static readonly (string Key, string[] Names, bool Required)[] Columns =
    [
        ("title", ["标题", "title"], true),
        ("body", ["正文", "内容", "body"], true),
        ("category", ["事项分类", "分类", "category"], true),
        ("unit", ["单位", "责任单位", "unit"], true),
        ("keywords", ["关键词", "keywords"], false),
        ("public", ["是否公开", "公开", "public"], false),
        ("effective", ["生效日期", "effectiveFrom", "effective"], false),
        ("expiry", ["失效日期", "expiresOn", "expiry"], false),
    ];

    public static IReadOnlyList<ImportRow> Read(Stream content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        if (buffer.Length > MaxBytes)
            throw new BusinessRuleException($"文件超过 {MaxBytes / 1024 / 1024} MB。");
        buffer.Position = 0;
        var rows = extension switch
        {
            ".xlsx" => Excel(buffer),
            ".json" => Json(buffer),
            _ => throw new BusinessRuleException("请上传 .xlsx 或 .json 文件。"),
        };
        if (rows.Count == 0)
            throw new BusinessRuleException("文件中没有数据行。");
        if (rows.Count > MaxRows)
            throw new BusinessRuleException($"一次最多导入 {MaxRows:N0} 条，文件中有 {rows.Count:N0} 条。");
        return rows;
    }

    private static List<ImportRow> Excel(MemoryStream buffer)
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
        var header = sheet.FirstOrDefault()?.Keys.ToList() ?? [];
        var map = HeaderMap(header);
        // Row 1 is the header: the first data row is line 2, as Excel shows it.
        return [.. sheet.Select((r, i) => Row(i + 2, key => map.TryGetValue(key, out var column) ? Text(r[column]) : null)).Where(NotEmpty)];
    }

    private static List<ImportRow> Json(MemoryStream buffer)
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
                throw new BusinessRuleException("JSON 文件应是一个数组，每个元素是一条知识。");
            var rows = new List<ImportRow>();
            var line = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                line++;
                if (item.ValueKind != JsonValueKind.Object)
                    throw new BusinessRuleException($"第 {line} 条不是对象。");
                var fields = item.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.OrdinalIgnoreCase);
                var map = HeaderMap(fields.Keys.ToList(), requireAll: false);
                rows.Add(Row(line, key => map.TryGetValue(key, out var name) ? fields[name] : null));
            }
            var missing = Columns.Where(c => c.Required && rows.All(r => Field(r, c.Key) is null)).Select(c => c.Names[0]).ToList();
            if (rows.Count > 0 && missing.Count > 0)
                throw new BusinessRuleException($"文件缺少必填字段：{string.Join("、", missing)}（title、body、category、unit）。");
            return [.. rows.Where(NotEmpty)];
        }
    }

    private static Dictionary<string, string> HeaderMap(IReadOnlyList<string> header, bool requireAll = true)
    {
        var map = new Dictionary<string, string>();
        foreach (var (key, names, _) in Columns)
        {
            var found = header.FirstOrDefault(h => names.Any(n => string.Equals(h?.Trim(), n, StringComparison.OrdinalIgnoreCase)));
            if (found is not null)
                map[key] = found;
        }
        var missing = Columns.Where(c => c.Required && !map.ContainsKey(c.Key)).Select(c => c.Names[0]).ToList();
        if (requireAll && missing.Count > 0)
            throw new BusinessRuleException($"表头缺少必填列：{string.Join("、", missing)}。第一行应为列名：标题、正文、事项分类、单位、关键词、是否公开、生效日期、失效日期。");
        return map;
    }

    private static ImportRow Row(int line, Func<string, string?> field) =>
        new(line, field("title"), field("body"), field("category"), field("unit"), field("keywords"), field("public"), field("effective"), field("expiry"));

    private static string? Field(ImportRow r, string key) => key switch
    {
        "title" => r.Title,
        "body" => r.Body,
        "category" => r.Category,
        _ => r.Unit,
    };

    private static bool NotEmpty(ImportRow r) =>
        new[] { r.Title, r.Body, r.Category, r.Unit, r.Keywords, r.Public, r.EffectiveFrom, r.ExpiresOn }.Any(v => !string.IsNullOrWhiteSpace(v));

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
