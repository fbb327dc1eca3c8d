using Hotline.Platform.Spreadsheets;

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

    private static readonly TableShape Shape = new(
    [
        new("title", ["标题", "title"], Required: true),
        new("body", ["正文", "内容", "body"], Required: true),
        new("category", ["事项分类", "分类", "category"], Required: true),
        new("unit", ["单位", "责任单位", "unit"], Required: true),
        new("keywords", ["关键词", "keywords"]),
        new("public", ["是否公开", "公开", "public"]),
        new("effective", ["生效日期", "effectiveFrom", "effective"]),
        new("expiry", ["失效日期", "expiresOn", "expiry"]),
    ], MaxRows, MaxBytes, RowNoun: "知识");

    public static IReadOnlyList<ImportRow> Read(Stream content, string fileName) =>
        [.. TableFile.Read(content, fileName, Shape).Select(r => new ImportRow(r.Line, r["title"], r["body"], r["category"], r["unit"],
            r["keywords"], r["public"], r["effective"], r["expiry"]))];
}
