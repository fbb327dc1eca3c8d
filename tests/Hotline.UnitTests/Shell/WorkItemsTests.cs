using Hotline.Platform.Slots;

namespace Hotline.UnitTests.Shell;

public sealed class WorkItemsTests
{
    private static readonly DateTime T = new(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc);

    private static WorkItem Item(string number, DateTime? due = null, bool overdue = false, bool urgent = false, DateTime? since = null) =>
        new("待办", number, "", due, overdue, "/", "办理", urgent, since);

    [Fact]
    public void Overdue_comes_first_then_urgent_then_the_earliest_deadline_then_the_longest_waiting()
    {
        var ordered = WorkItems.MostPressingFirst(
        [
            Item("waiting-short", since: T.AddHours(-1)),
            Item("due-late", due: T.AddHours(5)),
            Item("waiting-long", since: T.AddHours(-9)),
            Item("urgent", due: T.AddHours(9), urgent: true),
            Item("overdue", due: T.AddHours(-1), overdue: true),
            Item("due-soon", due: T.AddHours(1)),
        ], 10);

        Assert.Equal(["overdue", "urgent", "due-soon", "due-late", "waiting-long", "waiting-short"], ordered.Select(i => i.CaseNumber));
    }

    [Fact]
    public void Only_the_most_pressing_are_kept()
    {
        var ordered = WorkItems.MostPressingFirst(Enumerable.Range(1, 15).Select(i => Item($"C{i:00}", due: T.AddHours(i))), 10);

        Assert.Equal(10, ordered.Count);
        Assert.Equal("C10", ordered[^1].CaseNumber);
    }

    [Fact]
    public void The_sparkline_puts_the_largest_value_at_the_top_and_zero_at_the_bottom()
    {
        Assert.Equal("1,21 36,11 71,1", Sparkline.Points([0, 5, 10]));
        Assert.Equal("1,21 71,21", Sparkline.Points([0, 0]));
        Assert.Equal("", Sparkline.Points([3]));
    }
}
