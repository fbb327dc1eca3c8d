using Hotline.Platform.Calendar;
using Hotline.Dispatch.Settings;

namespace Hotline.Dispatch.Dispatching;

/// <summary>
/// Every deadline one dispatch sets, computed once at dispatch time: the dispatcher previews them,
/// the assignments store them, CaseDispatched carries them. A co-handling unit's completion is its
/// opinion deadline; the lead's is the case's completion limit.
/// </summary>
internal sealed record DispatchDeadlines(
    DateTime DispatchedAtUtc,
    Deadline SignFor,
    Deadline FirstContact,
    Deadline Completion,
    int CompletionWorkingDays,
    Deadline CoOpinion,
    int CoOpinionWorkingDays,
    Deadline ReturnWindowEnds,
    string SignForRule)
{
    /// <summary>True when a deadline reaches into a year whose working-day schedule is not loaded (weekend rule used).</summary>
    public bool BeyondCalendar =>
        SignFor.BeyondCalendar || Completion.BeyondCalendar || CoOpinion.BeyondCalendar || ReturnWindowEnds.BeyondCalendar;

    public AssignmentTerms TermsFor(Guid assignmentId, Guid unitId, AssignmentRole role, Guid? parentAssignmentId = null) =>
        new(assignmentId, unitId, role, parentAssignmentId, SignFor.DueUtc, FirstContact.DueUtc,
            role == AssignmentRole.Lead ? Completion.DueUtc : CoOpinion.DueUtc,
            role == AssignmentRole.Lead ? CompletionWorkingDays : CoOpinionWorkingDays);
}

/// <summary>The pure rules behind <see cref="DispatchDeadlines"/>, over a calendar snapshot (unit-testable).</summary>
internal static class DeadlineRules
{
    /// <param name="completionWorkingDays">The case's limit: the category's statutory override or the request type's 5/15 days.</param>
    public static DispatchDeadlines Compute(CalendarRules rules, DispatchSettings settings, DateTime dispatchedAtUtc,
        Urgency urgency, int completionWorkingDays)
    {
        var at = DateTime.SpecifyKind(dispatchedAtUtc, DateTimeKind.Utc);
        // Sign-for runs around the clock like the hotline (7×24) unless the center counts it in office hours for
        // this urgency; first contact runs around the clock; the others count working days.
        var signFor = settings.SignForClockOf(urgency) == SignForClock.OfficeHours
            ? OfficeHours.DueAfter(rules, at, settings.SignForHours(urgency), OfficeHours.Parse(settings.OfficeHours))
            : CalendarRules.DueAfterHours(at, settings.SignForHours(urgency));
        var firstContact = CalendarRules.DueAfterHours(at, settings.FirstContactHours);
        // A night dispatch counted in office hours may be due for sign-for after the 24 clock hours of first contact:
        // nobody can be asked to call before they may sign for the case.
        if (firstContact.DueUtc < signFor.DueUtc)
            firstContact = signFor;
        var completion = rules.DueAfterWorkingDays(at, completionWorkingDays);
        // A co-unit's opinion is input to the lead's reply, so it can never be due after the lead's completion.
        var coDays = Math.Min(settings.CoOpinionWorkingDays, completionWorkingDays);
        var coOpinion = rules.DueAfterWorkingDays(at, coDays);
        var returnWindow = rules.DueAfterWorkingDays(at, settings.ReturnWindowWorkingDays);
        var hours = settings.SignForHours(urgency).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var rule = settings.SignForClockOf(urgency) == SignForClock.OfficeHours
            ? $"按办公时间计 {hours} 小时（工作日 {settings.OfficeHours}）"
            : $"连续计时 {hours} 小时";
        return new DispatchDeadlines(at, signFor, firstContact, completion, completionWorkingDays, coOpinion, coDays, returnWindow, rule);
    }
}
