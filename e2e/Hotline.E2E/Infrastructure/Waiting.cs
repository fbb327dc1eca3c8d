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
}
