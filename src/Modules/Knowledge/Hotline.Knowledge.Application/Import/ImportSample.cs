using MiniExcelLibs;

namespace Hotline.Knowledge.Import;

/// <summary>The sample file that ships with the module, as JSON and as the same rows in an Excel template.</summary>
internal static class ImportSample
{
    public static byte[] Json()
    {
        using var stream = typeof(ImportSample).Assembly.GetManifestResourceStream("knowledge-import-sample.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static async Task<byte[]> ExcelAsync()
    {
        var rows = ImportFile.Read(new MemoryStream(Json()), "sample.json").Select(r => new Dictionary<string, object?>
        {
            ["标题"] = r.Title, ["正文"] = r.Body, ["事项分类"] = r.Category, ["单位"] = r.Unit, ["关键词"] = r.Keywords,
            ["是否公开"] = r.Public, ["生效日期"] = r.EffectiveFrom, ["失效日期"] = r.ExpiresOn,
        }).ToList();
        using var output = new MemoryStream();
        await output.SaveAsAsync(rows);
        return output.ToArray();
    }
}
