using Hotline.Platform.Calendar;

namespace Hotline.Handling.Extensions;

/// <summary>The extension rules that need no database: the new date, and whether a request may be made.</summary>
internal static class ExtensionTerms
{
    /// <summary>
    /// The instant to count the extension from: the last moment of the current deadline's day. A
    /// deadline is stored as 24:00 China time, i.e. the first instant of the next day; counting from
    /// that instant would skip the day after the deadline, so the extension would exceed the limit.
    /// </summary>
    public static DateTime CountFrom(DateTime currentDueUtc) => currentDueUtc.AddTicks(-1);

    /// <summary>The extension equals the original limit: that many working days after the current deadline's day.</summary>
    public static Deadline NewDue(CalendarRules rules, DateTime currentDueUtc, int workingDays) =>
        rules.DueAfterWorkingDays(CountFrom(currentDueUtc), workingDays);

    /// <summary>Why the assignment may not request an extension now, or null when it may.</summary>
    public static string? Refusal(HandlingAssignment assignment, ExtensionRequest? previous, DateTime nowUtc) =>
        ExtensionRequest.Refusal(assignment, previous, nowUtc);

    public static void Require(HandlingAssignment assignment, ExtensionRequest? previous, DateTime nowUtc) =>
        ExtensionRequest.RequireMayRequest(assignment, previous, nowUtc);
}
