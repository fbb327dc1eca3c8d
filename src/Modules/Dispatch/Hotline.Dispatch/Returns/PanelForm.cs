using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Hotline.Dispatch.Returns;

/// <summary>
/// One form on the returns panel: a single submission at a time, a refusal shown at the form, a success announced and
/// the panel told to reload.
/// </summary>
public sealed class PanelForm
{
    public bool Busy { get; private set; }

    public string? Error { get; set; }

    /// <returns>Whether the action went through.</returns>
    public async Task<bool> RunAsync(Func<Task> action, ISnackbar snackbar, string success, EventCallback changed)
    {
        Busy = true;
        Error = null;
        try
        {
            await action();
            snackbar.Add(success, Severity.Success);
            await changed.InvokeAsync();
            return true;
        }
        catch (BusinessRuleException ex)
        {
            Error = ex.Message;
            return false;
        }
        finally
        {
            Busy = false;
        }
    }
}
