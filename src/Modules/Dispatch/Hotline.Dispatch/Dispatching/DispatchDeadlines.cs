using Hotline.Dispatch.Contracts;
using Hotline.Intake.Contracts;
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
    Deadline ReturnWindowEnds)
{
    /// <summary>True when a deadline reaches into a year whose working-day schedule is not loaded (weekend rule used).</summary>
    public bool BeyondCalendar =>
        Completion.BeyondCalendar || CoOpinion.BeyondCalendar || ReturnWindowEnds.BeyondCalendar;

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
        // Sign-for and first contact run around the clock like the hotline (7×24); the others count working days.
        var signFor = CalendarRules.DueAfterHours(at, settings.SignForHours(urgency));
        var firstContact = CalendarRules.DueAfterHours(at, settings.FirstContactHours);
        var completion = rules.DueAfterWorkingDays(at, completionWorkingDays);
        // A co-unit's opinion is input to the lead's reply, so it can never be due after the lead's completion.
        var coDays = Math.Min(settings.CoOpinionWorkingDays, completionWorkingDays);
        var coOpinion = rules.DueAfterWorkingDays(at, coDays);
        var returnWindow = rules.DueAfterWorkingDays(at, settings.ReturnWindowWorkingDays);
        return new DispatchDeadlines(at, signFor, firstContact, completion, completionWorkingDays, coOpinion, coDays, returnWindow);
    }
}
