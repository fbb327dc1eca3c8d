using Hotline.Knowledge.Search;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;

namespace Hotline.UnitTests.Knowledge;

public class SearchAnalysisTests
{
    [Fact]
    public void SmartCn_segments_a_caller_s_words()
    {
        using var analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
        Assert.Equal(["小区", "物业", "费", "收费", "标准"], KnowledgeIndex.Tokens(analyzer, "title", "小区物业费收费标准"));
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
