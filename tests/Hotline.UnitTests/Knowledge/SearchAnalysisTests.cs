using Hotline.Knowledge.Search;
using Hotline.Platform.Search;

namespace Hotline.UnitTests.Knowledge;

public class SearchAnalysisTests
{
    [Fact]
    public void SmartCn_segments_a_caller_s_words()
    {
        Assert.Equal(["小区", "物业", "费", "收费", "标准"], ChineseText.Words("小区物业费收费标准"));
        Assert.Empty(ChineseText.Words("  "));
    }

    [Fact]
    public void Bigrams_keep_their_positions_for_a_phrase()
    {
        using var bigrams = ChineseText.BigramAnalyzer();
        Assert.Equal([("噪音", 0), ("音扰", 1), ("扰民", 2)], ChineseText.Positions(bigrams, "content", "噪音扰民"));
    }

    [Fact]
    public void Synonym_groups_add_the_other_words_of_a_matched_group()
    {
        var groups = KnowledgeSynonyms.Defaults;
        Assert.Equal(["住房公积金"], KnowledgeSynonyms.Expand("公积金怎么提取", groups));
        Assert.Contains("物业服务费", KnowledgeSynonyms.Expand("物业费太贵", groups));
        Assert.Empty(KnowledgeSynonyms.Expand("路灯不亮", groups));
    }
}
