using Hotline.Platform.Calendar;
using Hotline.Handling.Settings;

namespace Hotline.Handling.Deadlines;

/// <summary>交通灯: how close a deadline is.</summary>
internal enum TrafficLight
{
    Green,
    Yellow,
    Red,
}

/// <summary>
/// The deadline traffic light, computed on the server from the working-day calendar: red when overdue;
/// yellow when at most one working day (configurable) or at most 25 % (configurable) of the time is left;
/// green otherwise. Pure: the caller passes the calendar snapshot and the time.
/// </summary>
internal static class DeadlineLight
{
    /// <summary>
    /// A deadline counted in working days from <paramref name="startUtc"/>. Time left is measured in working
    /// days after today up to the due day (<see cref="CalendarRules.WorkingDaysLeft"/>), so a week-long holiday
    /// before the due day does not turn the light yellow, and a make-up working day (调休) counts.
    /// </summary>
    public static TrafficLight ForWorkingDays(DateTime nowUtc, DateTime startUtc, DateTime dueUtc, CalendarRules rules, HandlingSettings thresholds) =>
        ForWorkingDays(nowUtc, dueUtc, rules.WorkingDaysLeft(startUtc, dueUtc), rules, thresholds);

    /// <summary>As above, with the period's length in working days given (e.g. a redo's own limit).</summary>
    public static TrafficLight ForWorkingDays(DateTime nowUtc, DateTime dueUtc, int totalWorkingDays, CalendarRules rules, HandlingSettings thresholds)
    {
        if (nowUtc >= dueUtc)
            return TrafficLight.Red;
        var left = rules.WorkingDaysLeft(nowUtc, dueUtc);
        if (left <= thresholds.YellowWorkingDays)
            return TrafficLight.Yellow;
        return totalWorkingDays > 0 && left <= thresholds.YellowFraction * totalWorkingDays ? TrafficLight.Yellow : TrafficLight.Green;
    }

    /// <summary>A deadline in clock hours (sign-for, first contact: 7×24), yellow in its last share of time.</summary>
    public static TrafficLight ForHours(DateTime nowUtc, DateTime startUtc, DateTime dueUtc, HandlingSettings thresholds)
    {
        if (nowUtc >= dueUtc)
            return TrafficLight.Red;
        var total = (dueUtc - startUtc).Ticks;
        return total > 0 && (dueUtc - nowUtc).Ticks <= thresholds.YellowFraction * total ? TrafficLight.Yellow : TrafficLight.Green;
    }

    public static string DisplayName(this TrafficLight light) => light switch
    {
        TrafficLight.Green => "正常",
        TrafficLight.Yellow => "临期",
        TrafficLight.Red => "超期",
        _ => light.ToString(),
    };
}
