using Hotline.Intake.Contracts;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Platform.Time;
using MiniExcelLibs;

namespace Hotline.Intake.CaseSearch;

/// <summary>Writes the case list of the current filter to an .xlsx with Chinese headers; phones masked.</summary>
internal sealed class CaseExport(CaseQueries queries, ICategoryCatalog categories, IAreaDirectory areas)
{
    public async Task<MemoryStream> ExportAsync(CaseListFilter filter, CaseSort sort, IProgress<ExportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var rows = await queries.ExportAsync(filter, sort, progress, cancellationToken);
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
        }).ToList();
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "工单", cancellationToken: cancellationToken);
        stream.Position = 0;
        return stream;
    }
}
