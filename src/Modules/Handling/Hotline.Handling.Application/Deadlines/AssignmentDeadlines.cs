using Hotline.Platform.Calendar;
using Hotline.Handling.Settings;

namespace Hotline.Handling.Deadlines;

internal enum DeadlineKind
{
    SignFor,
    FirstContact,
    Completion,
}

/// <summary>The deadline an assignment is working against right now, with its light.</summary>
internal sealed record DeadlineState(DeadlineKind Kind, DateTime DueUtc, TrafficLight Light)
{
    public string KindName => Kind switch
    {
        DeadlineKind.SignFor => "签收",
        DeadlineKind.FirstContact => "首次联系",
        _ => "办结",
    };
}

internal static class AssignmentDeadlines
{
    /// <summary>Statuses in which the unit still owes work against a deadline.</summary>
    public static readonly HandlingStatus[] Open =
        [HandlingStatus.AwaitingSignFor, HandlingStatus.InHandling, HandlingStatus.AwaitingApproval, HandlingStatus.Redo];

    public static bool IsOpen(HandlingStatus status) => Open.Contains(status);

    /// <summary>Sign-for while unsigned, completion afterwards; none once the unit has replied or the assignment ended.</summary>
    public static DeadlineState? Current(HandlingAssignment a, DateTime nowUtc, CalendarRules rules, HandlingSettings settings)
    {
        if (!IsOpen(a.Status))
            return null;
        if (a.SignedAtUtc is null)
            return SignFor(a, nowUtc, settings);
        return Completion(a, nowUtc, rules, settings);
    }

    public static DeadlineState SignFor(HandlingAssignment a, DateTime nowUtc, HandlingSettings settings) =>
        new(DeadlineKind.SignFor, a.SignForDueUtc,
            a.SignedAtUtc is { } signed ? Done(signed, a.SignForDueUtc) : DeadlineLight.ForHours(nowUtc, a.DispatchedAtUtc, a.SignForDueUtc, settings));

    /// <summary>The first-contact deadline, or null when no contact is owed (co-handling, caller unreachable).</summary>
    public static DeadlineState? FirstContact(HandlingAssignment a, DateTime nowUtc, HandlingSettings settings)
    {
        if (!ContactRequired(a))
            return null;
        var light = a.ContactedOnTime is { } onTime
            ? onTime ? TrafficLight.Green : TrafficLight.Red
            : IsOpen(a.Status) ? DeadlineLight.ForHours(nowUtc, a.DispatchedAtUtc, a.FirstContactDueUtc, settings) : TrafficLight.Green;
        return new(DeadlineKind.FirstContact, a.FirstContactDueUtc, light);
    }

    public static DeadlineState Completion(HandlingAssignment a, DateTime nowUtc, CalendarRules rules, HandlingSettings settings)
    {
        if (a.RepliedOnTime is { } onTime && !IsOpen(a.Status))
            return new(DeadlineKind.Completion, a.CompletionDueUtc, onTime ? TrafficLight.Green : TrafficLight.Red);
        if (!IsOpen(a.Status))
            return new(DeadlineKind.Completion, a.CompletionDueUtc, TrafficLight.Green);
        var light = a.RedoRound > 0
            // A redo runs from when it was sent back: its own limit, not the time since the first dispatch.
            ? DeadlineLight.ForWorkingDays(nowUtc, a.CompletionDueUtc, settings.RedoWorkingDays ?? a.CompletionWorkingDays, rules, settings)
            : DeadlineLight.ForWorkingDays(nowUtc, a.DispatchedAtUtc, a.CompletionDueUtc, rules, settings);
        return new(DeadlineKind.Completion, a.CompletionDueUtc, light);
    }

    /// <summary>Only the lead (including a sub-unit working the lead's case) owes the caller a first contact, and only a reachable caller.</summary>
    public static bool ContactRequired(HandlingAssignment a) =>
        a.Role == Hotline.Dispatch.Contracts.AssignmentRole.Lead && a.CallerReachable;

    private static TrafficLight Done(DateTime doneUtc, DateTime dueUtc) => doneUtc <= dueUtc ? TrafficLight.Green : TrafficLight.Red;
}
