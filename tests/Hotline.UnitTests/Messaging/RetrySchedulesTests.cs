using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications;

namespace Hotline.UnitTests.Messaging;

public sealed class RetrySchedulesTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(4, 16)]
    [InlineData(7, 128)]
    [InlineData(9, 512)]
    [InlineData(10, 600)] // capped at ten minutes
    [InlineData(30, 600)]
    public void Outbox_backoff_doubles_from_two_seconds_up_to_ten_minutes(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxProcessor.Backoff(attempts));

    [Fact]
    public void Outbox_backoff_never_retries_at_once() =>
        Assert.Equal(TimeSpan.FromSeconds(2), OutboxProcessor.Backoff(0));

    [Fact]
    public void An_outbox_message_is_parked_after_about_four_minutes_of_failures()
    {
        // Attempts 1..MaxAttempts-1 wait; the MaxAttempts-th failure parks the message.
        var waited = Enumerable.Range(1, OutboxProcessor.MaxAttempts - 1).Select(OutboxProcessor.Backoff).Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Assert.Equal(TimeSpan.FromSeconds(2 + 4 + 8 + 16 + 32 + 64 + 128), waited);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    public void Notification_retry_delay_doubles_from_thirty_seconds(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), NotificationRetry.DelayAfter(attempts));

    [Fact]
    public void Notification_retries_are_due_relative_to_creation()
    {
        var created = new DateTime(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc);
        Assert.Equal(created, NotificationRetry.DueAtUtc(created, 0));
        Assert.Equal(created.AddSeconds(30), NotificationRetry.DueAtUtc(created, 1));
        Assert.Equal(created.AddSeconds(30 + 60 + 120), NotificationRetry.DueAtUtc(created, 3));
    }
}
