using Hotline.Platform.Exports;

namespace Hotline.Intake.Domain;

/// <summary>A large export of the case list as a background job (table <c>intake_export_jobs</c>).</summary>
internal sealed class CaseExportJob : ExportJob;
