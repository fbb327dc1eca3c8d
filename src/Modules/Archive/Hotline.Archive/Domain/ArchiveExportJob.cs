namespace Hotline.Archive.Domain;

/// <summary>A clerk's 批量导出 as a background job (table <c>archive_exports</c>).</summary>
internal sealed class ArchiveExportJob : ExportJob;
