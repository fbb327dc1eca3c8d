using Hotline.Platform.Catalog;
using Hotline.Dispatch.Routing;

namespace Hotline.UnitTests.Dispatch;

public sealed class SuggestionRulesTests
{
    private static readonly Guid UnitA = Guid.NewGuid(), UnitB = Guid.NewGuid(), UnitC = Guid.NewGuid();
    private static readonly DateTime Day = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_default_unit_is_inherited_from_the_nearest_ancestor_that_names_one()
    {
        var root = Category("城乡建设", null, UnitA);
        var middle = Category("城乡建设 / 物业", root.Id, null);
        var leaf = Category("城乡建设 / 物业 / 电梯", middle.Id, null);
        var found = DefaultUnitRule.Find([leaf, middle, root]);
        Assert.Equal(UnitA, found!.Value.UnitId);
        Assert.Equal(root.Id, found.Value.From.Id);
    }

    [Fact]
    public void The_case_category_own_default_unit_comes_first()
    {
        var root = Category("城乡建设", null, UnitA);
        var leaf = Category("城乡建设 / 物业", root.Id, UnitB);
        Assert.Equal(UnitB, DefaultUnitRule.Find([leaf, root])!.Value.UnitId);
        Assert.Null(DefaultUnitRule.Find([Category("无", null, null)]));
    }

    [Fact]
    public void History_ranks_by_distinct_cases_then_by_the_latest_dispatch()
    {
        var caseX = Guid.NewGuid();
        var past = new List<PastAssignment>
        {
            // Unit A: two cases (one dispatched twice counts once).
            new(caseX, UnitA, Day), new(caseX, UnitA, Day.AddDays(1)), new(Guid.NewGuid(), UnitA, Day.AddDays(2)),
            // Unit B: two cases, latest more recent than A's: ranks first among equals.
            new(Guid.NewGuid(), UnitB, Day), new(Guid.NewGuid(), UnitB, Day.AddDays(5)),
            // Unit C: one case.
            new(Guid.NewGuid(), UnitC, Day.AddDays(9)),
        };
        var ranked = HistoryRanking.Rank(past, new HashSet<Guid>(), 3);
        Assert.Equal([UnitB, UnitA, UnitC], ranked.Select(r => r.UnitId));
        Assert.Equal([2, 2, 1], ranked.Select(r => r.Cases));
        Assert.Equal(Day.AddDays(5), ranked[0].LastDispatchedAtUtc);
    }

    [Fact]
    public void History_leaves_out_units_whose_return_of_this_case_was_approved_and_keeps_the_limit()
    {
        var past = new List<PastAssignment>
        {
            new(Guid.NewGuid(), UnitA, Day), new(Guid.NewGuid(), UnitA, Day), new(Guid.NewGuid(), UnitA, Day),
            new(Guid.NewGuid(), UnitB, Day), new(Guid.NewGuid(), UnitB, Day),
            new(Guid.NewGuid(), UnitC, Day),
        };
        var ranked = HistoryRanking.Rank(past, new HashSet<Guid> { UnitA }, 1);
        Assert.Equal([UnitB], ranked.Select(r => r.UnitId));
    }

    private static CategoryInfo Category(string path, Guid? parent, Guid? defaultUnit) =>
        new(Guid.NewGuid(), "C", path.Split(" / ")[^1], path, parent, defaultUnit, null, CategoryKind.Ordinary, true, false);
}
