using System.Diagnostics;
using Microsoft.Playwright;

namespace Hotline.E2E.Infrastructure;

/// <summary>
/// Waiting for work another module does after an event (the outbox is delivered in the background).
/// Pages that live-update are awaited with Playwright's own assertions; this is for the ones a person
/// would simply reload until the case shows up.
/// </summary>
public static class Waiting
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    /// <summary>Opens <paramref name="path"/> again and again until <paramref name="locator"/> is visible on it.</summary>
    public static async Task ReloadUntilVisibleAsync(this E2EHost host, IPage page, string path, Func<IPage, ILocator> locator)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await host.GotoAsync(page, path);
            try
            {
                await locator(page).First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 4_000 });
                return;
            }
            catch (TimeoutException) when (watch.Elapsed < Patience)
            {
                // Not there yet: the event that brings it is still on its way through the outbox.
            }
        }
    }

    /// <summary>
    /// Gives a file input its files once Blazor's InputFile listens on it: its script side starts after the component's
    /// first render has reached the browser, and files set before that are silently lost (seen on a busy machine).
    /// </summary>
    public static async Task SetFilesWhenReadyAsync(this ILocator input, FilePayload file)
    {
        var element = await input.ElementHandleAsync();
        await input.Page.WaitForFunctionAsync("e => e._blazorInputFileNextFileId !== undefined", element, new() { Timeout = 30_000 });
        await input.SetInputFilesAsync(file);
    }
}
