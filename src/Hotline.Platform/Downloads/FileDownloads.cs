using Microsoft.JSInterop;

namespace Hotline.Platform.Downloads;

/// <summary>Sends a server-side stream to the browser as a download, from an interactive page.</summary>
public sealed class FileDownloads(IJSRuntime js)
{
    public async Task SaveAsync(string fileName, string contentType, Stream content)
    {
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./_content/Hotline.Platform/download.js");
        using var reference = new DotNetStreamReference(content, leaveOpen: false);
        await module.InvokeVoidAsync("saveStream", fileName, contentType, reference);
    }
}
