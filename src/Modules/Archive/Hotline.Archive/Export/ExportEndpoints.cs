using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Archive.Export;

/// <summary>GET /archive/exports/{id}/file: the finished ZIP streamed from the data directory to the clerk who asked for it, for 24 hours.</summary>
internal static class ExportEndpoints
{
    public static string FileUrl(Guid jobId) => $"/archive/exports/{jobId}/file";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapExportDownload<ExportJobs>("/archive/exports/{id:guid}/file", "application/zip", (jobs, id, ct) => jobs.OpenAsync(id, ct))
            .RequireAuthorization(policy => policy.RequireRole(HotlineRoles.ArchiveClerk));
}
