using Hotline.Platform.Documents.Layout;

namespace Hotline.UnitTests.Documents;

/// <summary>
/// The line breaker as a pure function. Every character (space included) is one unit wide, so a
/// width of N means "at most N characters".
/// </summary>
public sealed class LineBreakerTests
{
    private static IReadOnlyList<string> Break(string text, double width) => LineBreaker.Break(text, width, s => s.Length);

    [Fact]
    public void Chinese_breaks_between_any_characters()
    {
        Assert.Equal(["市民来电反映", "小区路灯损坏"], Break("市民来电反映小区路灯损坏", 6));
    }

    [Fact]
    public void Text_that_fits_is_one_line()
    {
        Assert.Equal(["路灯损坏"], Break("路灯损坏", 10));
    }

    [Theory]
    [InlineData('，')]
    [InlineData('。')]
    [InlineData('、')]
    [InlineData('；')]
    [InlineData('：')]
    [InlineData('？')]
    [InlineData('！')]
    [InlineData('）')]
    [InlineData('」')]
    [InlineData('』')]
    [InlineData('》')]
    public void Closing_punctuation_never_starts_a_line_it_takes_the_previous_character_along(char punctuation)
    {
        // Without the rule the second line would start with the punctuation.
        var lines = Break($"一二三四五{punctuation}六七", 5);
        Assert.Equal(["一二三四", $"五{punctuation}六七"], lines);
    }

    [Theory]
    [InlineData('（')]
    [InlineData('「')]
    [InlineData('『')]
    [InlineData('《')]
    public void Opening_punctuation_never_ends_a_line_it_moves_to_the_next(char punctuation)
    {
        var lines = Break($"一二三四{punctuation}五六七", 5);
        Assert.Equal(["一二三四", $"{punctuation}五六七"], lines);
    }

    [Fact]
    public void A_run_of_closing_punctuation_stays_together_with_its_character()
    {
        Assert.Equal(["一二三", "四。」五"], Break("一二三四。」五", 5));
    }

    [Fact]
    public void Opening_and_closing_punctuation_around_one_character_stay_together()
    {
        // "（注）" cannot be broken anywhere.
        Assert.Equal(["一二三", "（注）"], Break("一二三（注）", 5));
    }

    [Fact]
    public void No_produced_line_starts_or_ends_with_forbidden_punctuation_in_long_text()
    {
        var text = string.Concat(Enumerable.Repeat("经核实，该路段（幸福路）的路灯已于《通知》下发后修复；市民表示满意！是否还需回访？", 40));
        for (var width = 4; width <= 23; width++)
        {
            var lines = Break(text, width);
            Assert.Equal(text, string.Concat(lines));
            Assert.All(lines, l =>
            {
                Assert.True(l.Length <= width, $"line '{l}' is wider than {width}");
                Assert.DoesNotContain(l[0], LineBreaker.NoLineStart);
                Assert.DoesNotContain(l[^1], LineBreaker.NoLineEnd);
            });
        }
    }

    [Fact]
    public void Latin_words_are_not_split_and_break_at_spaces()
    {
        Assert.Equal(["hello", "world", "again"], Break("hello world again", 10));
        Assert.Equal(["hello world", "again"], Break("hello world again", 11));
    }

    [Fact]
    public void Numbers_are_not_split()
    {
        // "12345" and "3.14" stay whole even though Chinese around them may break anywhere.
        Assert.Equal(["工单号", "12345号"], Break("工单号12345号", 7));
        Assert.Equal(["比例为", "3.14%"], Break("比例为3.14%", 5));
    }

    [Fact]
    public void Chinese_may_break_right_before_and_after_a_Latin_word()
    {
        Assert.Equal(["请拨打", "12345热", "线"], Break("请拨打12345热线", 6));
    }

    [Fact]
    public void The_space_at_a_break_is_dropped()
    {
        var lines = Break("aaa bbb ccc", 7);
        Assert.Equal(["aaa bbb", "ccc"], lines);
    }

    [Fact]
    public void A_single_word_longer_than_the_line_is_cut()
    {
        Assert.Equal(["abcde", "fghij", "k xy"], Break("abcdefghijk xy", 5));
    }

    [Fact]
    public void Hard_line_breaks_are_kept_including_empty_lines()
    {
        Assert.Equal(["第一段", "", "第二段"], Break("第一段\r\n\n第二段", 10));
        Assert.Equal([""], Break("", 10));
    }

    [Fact]
    public void The_first_line_may_have_its_own_width_for_an_indent()
    {
        var lines = LineBreaker.Break("一二三四五六七八", 3, 5, s => s.Length);
        Assert.Equal(["一二三", "四五六七八"], lines);
    }

    [Fact]
    public void Ascii_punctuation_after_Chinese_does_not_start_a_line()
    {
        Assert.Equal(["一二", "三,四"], Break("一二三,四", 3));
    }

    [Fact]
    public void Widths_come_from_the_measure_so_wide_and_narrow_characters_mix()
    {
        // Chinese 2 units, Latin 1 unit: 4 Chinese = 8.
        static double Measure(string s) => s.Sum(c => c > 0x2E80 ? 2 : 1);
        var lines = LineBreaker.Break("关于ABC的答复意见", 8, Measure);
        Assert.Equal(["关于ABC", "的答复意", "见"], lines);
    }
}
