using Hotline.Platform.Attachments;
using Hotline.Platform.Identity;
using Microsoft.JSInterop;

namespace Hotline.Platform.Downloads;

/// <summary>Sends a server-side stream to the browser as a download, from an interactive page.</summary>
public sealed class FileDownloads(IJSRuntime js, DownloadTickets tickets, CurrentUser currentUser)
{
    public async Task SaveAsync(string fileName, string contentType, Stream content)
    {
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./_content/Hotline.Platform/download.js");
        using var reference = new DotNetStreamReference(content, leaveOpen: false);
        await module.InvokeVoidAsync("saveStream", fileName, contentType, reference);
    }

    /// <summary>
    /// An uploaded file (a caller's or a unit's material): served by <see cref="DownloadEndpoints"/> as an attachment with
    /// nosniff, under the extension of its content type. The caller has checked access and audited the download.
    /// </summary>
    public async Task SaveUploadAsync(string fileName, string contentType, Stream content)
    {
        var actor = await currentUser.ActorAsync();
        if (actor.UserId is null)
            throw new UnauthorizedAccessException("请先登录。");
        byte[] bytes;
        await using (content)
        {
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer);
            bytes = buffer.ToArray();
        }
        var ticket = tickets.Issue(actor.UserId, AttachmentTypes.WithContentExtension(fileName, contentType), contentType, bytes);
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./_content/Hotline.Platform/download.js");
        await module.InvokeVoidAsync("openDownload", DownloadEndpoints.Prefix + ticket);
    }
}
