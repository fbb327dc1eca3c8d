using Hotline.Handling.Replies.Templates;
using Hotline.Platform;

namespace Hotline.UnitTests.Handling;

public sealed class ReplyTemplateRulesTests
{
    [Fact]
    public void One_phrase_per_line_trimmed_with_blank_lines_dropped()
    {
        Assert.Equal(["您好，您反映的问题已收悉。", "感谢您对我们工作的支持。"], ReplyTemplates.Parse("  您好，您反映的问题已收悉。 \r\n\n\n感谢您对我们工作的支持。\n"));
        Assert.Empty(ReplyTemplates.Parse(null));
    }

    [Theory]
    [InlineData("甲\n甲", "第 2 行与前面的常用语重复")]
    [InlineData("甲\n乙\u0000", "第 2 行含有不可见的控制字符")]
    public void A_bad_line_is_refused_with_its_number(string text, string message)
    {
        var refusal = Assert.Throws<BusinessRuleException>(() => ReplyTemplates.Parse(text));
        Assert.Contains(message, refusal.Message);
        Assert.Equal(ReplyTemplates.Field, refusal.Field);
    }

    [Fact]
    public void Too_long_too_many_or_too_much_in_all_is_refused()
    {
        Assert.Contains("第 1 行超过 150 个字", Assert.Throws<BusinessRuleException>(() => ReplyTemplates.Parse(new string('字', 151))).Message);
        Assert.Contains("最多 20 条", Assert.Throws<BusinessRuleException>(() =>
            ReplyTemplates.Parse(string.Join("\n", Enumerable.Range(1, 21).Select(i => $"常用语{i}")))).Message);
        Assert.Contains("合计最多 1600 字", Assert.Throws<BusinessRuleException>(() =>
            ReplyTemplates.Parse(string.Join("\n", Enumerable.Range(1, 12).Select(i => i + new string('字', 140))))).Message);
    }
}
