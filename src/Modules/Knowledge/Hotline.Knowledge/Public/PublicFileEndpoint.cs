using Hotline.Knowledge.Attachments;
using Hotline.Platform.Attachments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Knowledge.Public;

/// <summary>
/// GET /public/knowledge/{articleId}/files/{attachmentId}: a file of a public article's live version, without sign-in.
/// Anything else (an internal article's, a draft's or an older version's file, an unknown id) is 404; too many requests
/// from one address are 429 like the pages. Always a download (Content-Disposition: attachment, under the extension of
/// its content) that the browser must not sniff.
/// </summary>
internal static class PublicFileEndpoint
{
    public static string Url(Guid articleId, Guid attachmentId) => $"/public/knowledge/{articleId}/files/{attachmentId}";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/public/knowledge/{articleId:guid}/files/{attachmentId:guid}",
            async (Guid articleId, Guid attachmentId, HttpContext context, PublicKnowledge knowledge) =>
            {
                AttachmentContent? file;
                try
                {
                    file = await knowledge.OpenFileAsync(articleId, attachmentId, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
                }
                catch (BusinessRuleException)
                {
                    return Results.StatusCode(StatusCodes.Status429TooManyRequests);
                }
                if (file is null)
                    return Results.NotFound();
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers.CacheControl = "no-store";
                return Results.File(file.Content, file.ContentType, AttachmentTypes.WithContentExtension(file.FileName, file.ContentType));
            }).AllowAnonymous();
}
