using Hotline.Platform;
using Hotline.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Archive.Export;

/// <summary>GET /archive/exports/{id}/file: the finished ZIP streamed from the data directory to the clerk who asked for it, for 24 hours.</summary>
internal static class ExportEndpoints
{
    public static string FileUrl(Guid jobId) => $"/archive/exports/{jobId}/file";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/archive/exports/{id:guid}/file", async (Guid id, HttpContext context, ExportJobs jobs, AuthenticationStateProvider authentication) =>
        {
            // Outside a circuit the services' access checks read the request's user.
            if (authentication is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
            try
            {
                var (content, name) = await jobs.OpenAsync(id, context.RequestAborted);
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers.CacheControl = "no-store";
                return Results.File(content, "application/zip", name);
            }
            catch (BusinessRuleException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound);
            }
            catch (UnauthorizedAccessException)
            {
                return Results.Forbid();
            }
        }).RequireAuthorization(policy => policy.RequireRole(HotlineRoles.ArchiveClerk));
}
