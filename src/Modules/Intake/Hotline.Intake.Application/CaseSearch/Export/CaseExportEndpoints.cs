using Hotline.Platform.Exports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Intake.CaseSearch.Export;

/// <summary>GET /cases/exports/{id}/file: a finished case export streamed to the user who asked for it, for 24 hours.</summary>
internal static class CaseExportEndpoints
{
    public static string FileUrl(Guid jobId) => $"/cases/exports/{jobId}/file";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapExportDownload<CaseExportJobs>("/cases/exports/{id:guid}/file", CaseExport.ContentType, (jobs, id, ct) => jobs.OpenAsync(id, ct))
            .RequireAuthorization(policy => policy.RequireRole(IntakeAccess.CenterReaders));
}
