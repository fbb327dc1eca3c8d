using Hotline.Intake.CaseSearch;
using Hotline.Platform;

namespace Hotline.UnitTests.Intake;

public sealed class SavedCaseFiltersTests
{
    private static SavedCaseFilter Named(string name) => new(name, null, "电梯", null, null, null, null, null, null, null, false);

    [Fact]
    public void A_filter_of_the_same_name_is_replaced_and_the_name_trimmed()
    {
        var saved = SavedCaseFilters.With([Named("电梯")], Named(" 电梯 ") with { Keyword = "电梯停运" });
        Assert.Equal("电梯停运", Assert.Single(saved).Keyword);
        Assert.Equal("电梯", saved[0].Name);
    }

    [Theory]
    [InlineData("", "起个名字")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一", "最多 20 个字")]
    [InlineData("电梯\u0007", "控制字符")]
    public void A_bad_name_is_refused_under_the_name_field(string name, string message)
    {
        var refusal = Assert.Throws<BusinessRuleException>(() => SavedCaseFilters.With([], Named(name)));
        Assert.Contains(message, refusal.Message);
        Assert.Equal(SavedCaseFilters.Field, refusal.Field);
    }

    [Fact]
    public void At_most_ten_are_kept()
    {
        var ten = Enumerable.Range(1, 10).Select(i => Named($"条件{i}")).ToList();
        Assert.Contains("最多保存 10 组", Assert.Throws<BusinessRuleException>(() => SavedCaseFilters.With(ten, Named("第十一"))).Message);
        Assert.Equal(10, SavedCaseFilters.With(ten, Named("条件3")).Count);
    }

    [Fact]
    public void Unknown_or_no_columns_mean_every_column_in_table_order()
    {
        Assert.Equal(8, CaseListColumns.Normalize(null).Count);
        Assert.Equal(8, CaseListColumns.Normalize(["nonsense"]).Count);
        Assert.Equal(["type", "content"], CaseListColumns.Normalize(["content", "type", "nonsense"]));
    }
}
