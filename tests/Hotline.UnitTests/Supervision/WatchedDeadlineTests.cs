using Hotline.Supervision.Contracts;
using Hotline.Supervision.Domain;
using Xunit;

namespace Hotline.UnitTests.Supervision;

public class WatchedDeadlineTests
{
    private static readonly DateTime Due = new(2026, 10, 9, 9, 0, 0, DateTimeKind.Utc);

    private static WatchedDeadline Running() =>
        WatchedDeadline.Start(Guid.NewGuid(), "QH20261009-0001", Guid.NewGuid(), Guid.NewGuid(), WatchedDeadlineKind.Completion, Due);

    [Fact]
    public void Warns_once_inside_the_window_then_goes_overdue_once()
    {
        var d = Running();
        Assert.False(d.WarnIfNear(Due.AddHours(-5), TimeSpan.FromHours(4)));
        Assert.True(d.WarnIfNear(Due.AddHours(-3), TimeSpan.FromHours(4)));
        Assert.False(d.WarnIfNear(Due.AddHours(-2), TimeSpan.FromHours(4)));
        Assert.False(d.MarkOverdueIfPast(Due.AddMinutes(-1)));
        Assert.True(d.MarkOverdueIfPast(Due));
        Assert.False(d.MarkOverdueIfPast(Due.AddHours(1)));
        Assert.Equal(DeadlineState.Overdue, d.State);
    }

    [Fact]
    public void A_moved_deadline_runs_again_from_the_new_date()
    {
        var d = Running();
        d.MarkOverdueIfPast(Due.AddHours(1));
        d.Move(Due.AddDays(5));
        Assert.Equal(DeadlineState.Running, d.State);
        Assert.Null(d.OverdueAtUtc);
        Assert.False(d.MarkOverdueIfPast(Due.AddHours(2)));
    }

    [Fact]
    public void A_met_or_cancelled_deadline_raises_nothing()
    {
        var met = Running();
        met.Meet(Due.AddHours(-1));
        Assert.False(met.MarkOverdueIfPast(Due.AddHours(1)));
        met.Cancel(Due.AddHours(2));
        Assert.Equal(DeadlineState.Met, met.State);

        var cancelled = Running();
        cancelled.Cancel(Due.AddHours(-1));
        Assert.False(cancelled.WarnIfNear(Due.AddMinutes(-10), TimeSpan.FromHours(1)));
        Assert.Equal(DeadlineState.Cancelled, cancelled.State);
    }
}
