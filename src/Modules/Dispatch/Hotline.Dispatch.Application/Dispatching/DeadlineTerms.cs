using Hotline.Platform.Calendar;
using Hotline.Dispatch.Settings;

namespace Hotline.Dispatch.Dispatching;

/// <summary>Computes a dispatch's deadlines from the working-day calendar, the category catalog and the dispatch settings.</summary>
internal sealed class DeadlineTerms(IWorkingCalendar calendar, ICategoryCatalog catalog, DispatchSettingsService settings)
{
    public async Task<DispatchDeadlines> ComputeAsync(DateTime dispatchedAtUtc, Urgency urgency, RequestTypeCode requestType,
        Guid categoryId, CancellationToken cancellationToken = default)
    {
        var days = await catalog.CompletionWorkingDaysAsync(requestType, categoryId, cancellationToken);
        var current = await settings.GetAsync(cancellationToken);
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var deadlines = DeadlineRules.Compute(rules, current, dispatchedAtUtc, urgency, days);
        if (deadlines.BeyondCalendar)
        {
            // Through the service once more so the missing year is logged and the calendar admin page warns.
            await calendar.DueAfterWorkingDaysAsync(dispatchedAtUtc, days, cancellationToken);
        }
        return deadlines;
    }
}
