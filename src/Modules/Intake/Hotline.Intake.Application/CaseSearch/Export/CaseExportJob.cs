using Hotline.Platform.Exports;

namespace Hotline.Intake.CaseSearch.Export;

/// <summary>A large export of the case list as a background job (table <c>intake_export_jobs</c>).</summary>
internal sealed class CaseExportJob : ExportJob;
