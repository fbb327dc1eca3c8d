using Hotline.Platform.Organization;
using Hotline.Platform.Time;
using MiniExcelLibs;

namespace Hotline.Intake.CaseSearch.Export;

/// <summary>Writes the case list of a filter to an .xlsx with Chinese headers; phones as the requester may see them.</summary>
internal sealed class CaseExport(CaseQueries queries, ICategoryCatalog categories, IAreaDirectory areas)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(DateTime atUtc) => $"工单导出-{ChinaTime.ToChina(atUtc):yyyyMMdd-HHmm}.xlsx";

    /// <summary>The file of a filter for the signed-in user, at once.</summary>
    public async Task<MemoryStream> ExportAsync(CaseListFilter filter, CaseSort sort, CancellationToken cancellationToken = default) =>
        await ExportAsync(await queries.CheckExportAsync(filter, cancellationToken), sort, cancellationToken);

    /// <summary>The file of an export already checked for the signed-in user (a small one: the page waits for it).</summary>
    public async Task<MemoryStream> ExportAsync(CaseExportRequest request, CaseSort sort, CancellationToken cancellationToken = default)
    {
        var stream = new MemoryStream();
        await WriteAsync(await queries.ReadExportAsync(request, sort, null, cancellationToken), stream, cancellationToken);
        stream.Position = 0;
        return stream;
    }

    public async Task WriteAsync(IReadOnlyList<CaseListRow> rows, Stream output, CancellationToken cancellationToken)
    {
        var categoryNames = (await categories.GetCategoriesAsync(rows.Select(r => r.CategoryId).Distinct(), cancellationToken)).ToDictionary(c => c.Id, c => c.PathName);
        var areaNames = (await areas.GetAreasAsync(rows.Select(r => r.AreaId).Distinct(), cancellationToken)).ToDictionary(a => a.Id, a => a.PathName);
        var types = (await categories.RequestTypesAsync(cancellationToken)).ToDictionary(t => t.Code, t => t.Name);
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["工单号"] = r.Number,
            ["登记时间"] = ChinaTime.Format(r.RegisteredAtUtc),
            ["状态"] = r.Status.DisplayName(),
            ["诉求类型"] = types.GetValueOrDefault(r.RequestType, r.RequestType.ToString()),
            ["事项分类"] = categoryNames.GetValueOrDefault(r.CategoryId, ""),
            ["属地"] = areaNames.GetValueOrDefault(r.AreaId, ""),
            ["渠道"] = r.Channel.DisplayName(),
            ["紧急程度"] = r.Urgency.DisplayName(),
            ["诉求人"] = r.IsConfidential ? "（保密）" : r.CallerName,
            ["电话"] = r.IsConfidential ? "" : r.PhoneShown,
            ["重复诉求"] = r.IsRepeat ? "是" : "",
            ["诉求内容"] = r.Content,
        });
        await output.SaveAsAsync(sheet, sheetName: "工单", cancellationToken: cancellationToken);
    }
}
