using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Platform.Downloads;

public static class DownloadEndpoints
{
    public const string Prefix = "/downloads/";

    /// <summary>GET /downloads/{ticket}: the signed-in owner of the ticket receives the file as an attachment that is never sniffed or cached.</summary>
    public static IEndpointRouteBuilder MapFileDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Prefix + "{ticket}", (string ticket, HttpContext context, DownloadTickets tickets) =>
        {
            if (tickets.Redeem(ticket, context.User.FindFirstValue(ClaimTypes.NameIdentifier)) is not { } file)
                return Results.NotFound();
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.CacheControl = "no-store";
            // fileDownloadName makes the response Content-Disposition: attachment (with a UTF-8 filename* for Chinese names).
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization();
        return endpoints;
    }
}
