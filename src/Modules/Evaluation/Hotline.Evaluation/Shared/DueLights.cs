using Hotline.Platform.Calendar;

namespace Hotline.Evaluation.Shared;

internal enum DueLight
{
    Green,
    Yellow,
    Red,
}

/// <summary>A deadline's traffic light, computed on the server from the working-day calendar.</summary>
internal sealed record DueState(DueLight Light, string Text);

internal static class DueLights
{
    public static async Task<DueState> ComputeAsync(IWorkingCalendar calendar, DateTime nowUtc, DateTime dueUtc, CancellationToken cancellationToken = default)
    {
        if (nowUtc >= dueUtc)
            return new DueState(DueLight.Red, "已超期");
        var left = await calendar.WorkingDaysLeftAsync(nowUtc, dueUtc, cancellationToken);
        return left == 0 ? new DueState(DueLight.Yellow, "今日到期") : new DueState(DueLight.Green, $"剩 {left} 个工作日");
    }
}
