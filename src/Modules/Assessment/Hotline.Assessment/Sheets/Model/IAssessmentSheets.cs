namespace Hotline.Assessment.Sheets.Model;

/// <summary>
/// The assessment sheet of a period for the assessment pages and the printed reports. The caller's
/// role is checked inside: Assessors (and CenterAdmins) read every unit; a UnitManager reads only a
/// sheet reduced to its own unit (with its rank) through <see cref="ForOwnUnitAsync"/>.
/// </summary>
internal interface IAssessmentSheets
{
    Task<AssessmentSheet> ForPeriodAsync(AssessmentPeriod period, CancellationToken cancellationToken = default);

    Task<AssessmentSheet> ForOwnUnitAsync(AssessmentPeriod period, CancellationToken cancellationToken = default);
}
