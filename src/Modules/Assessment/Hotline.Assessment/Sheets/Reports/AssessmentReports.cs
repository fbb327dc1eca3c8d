using Hotline.Platform.Documents;
using Hotline.Platform.Documents.Model;
using Hotline.Assessment.Sheets.Model;


namespace Hotline.Assessment.Sheets.Reports;

/// <summary>Builds the printed monthly and annual reports and the workbook from the sheets (access is checked by the sheets).</summary>
internal sealed class AssessmentReports(IAssessmentSheets sheets, IAreaDirectory areas, TimeProvider clock)
{
    public async Task<Document> MonthlyAsync(AssessmentPeriod period, CancellationToken ct = default) =>
        AssessmentReportLayout.Build(await sheets.ForPeriodAsync(period, ct), [], await areas.HotlineTitleAsync(ct), clock.GetUtcNow().UtcDateTime);

    /// <param name="progress">Months done of 12, for the page's progress bar.</param>
    public async Task<Document> AnnualAsync(int year, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var sheet = await sheets.ForPeriodAsync(AssessmentPeriod.Year(year), ct);
        var months = new List<AssessmentSheet>();
        foreach (var month in AssessmentPeriod.Year(year).Months())
        {
            months.Add(await sheets.ForPeriodAsync(month, ct));
            progress?.Report(months.Count);
        }
        return AssessmentReportLayout.Build(sheet, months, await areas.HotlineTitleAsync(ct), clock.GetUtcNow().UtcDateTime);
    }

    public async Task<byte[]> WorkbookAsync(AssessmentPeriod period, CancellationToken ct = default) =>
        await AssessmentWorkbook.BuildAsync(await sheets.ForPeriodAsync(period, ct), ct);
}
