using Hotline.Knowledge.Search;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Knowledge;

/// <summary>
/// Relevance over the demo knowledge base: what a caller says (or an agent types) must bring the article that answers
/// it into the top 3. A failing query means the search (boosts, synonyms) needs fixing, never this list.
/// </summary>
public abstract class KnowledgeRelevanceTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    public static readonly TheoryData<string, string> Queries = new()
    {
        { "物业费怎么收", "住宅小区物业服务费收费标准" },
        { "小区物业服务费多少钱一平", "住宅小区物业服务费收费标准" },
        { "物业不管事", "物业公司不作为、服务质量差如何投诉" },
        { "电梯坏了用维修基金", "住宅专项维修资金的使用申请" },
        { "公积金提取", "住房公积金提取条件和办理材料" },
        { "租房能取公积金吗", "住房公积金提取条件和办理材料" },
        { "公积金贷款能贷多少", "住房公积金贷款额度与申请条件" },
        { "单位不给交公积金", "单位未给职工缴存公积金的处理口径" },
        { "养老保险交多少档", "城乡居民养老保险缴费档次和缴费时间" },
        { "退休金认证", "养老金领取资格认证怎么做" },
        { "社保卡丢了", "社会保障卡办理、补换和激活" },
        { "医保怎么交", "城乡居民医疗保险参保缴费" },
        { "在外地住院医保报销", "异地就医备案和医保报销" },
        { "糖尿病门诊报销", "门诊慢特病待遇申请" },
        { "孩子刚出生怎么上户口", "新生儿落户办理" },
        { "身份证丢了补办", "身份证到期换领、丢失补领" },
        { "户口迁到县城", "户口迁入县城的条件（内部答复口径）" },
        { "暖气什么时候来", "供暖期时间和室内温度标准" },
        { "暖气不热", "暖气不热、漏水怎么报修" },
        { "交暖气费", "供暖费缴纳和停供申请" },
        { "家里有煤气味", "燃气泄漏应急处置" },
        { "天然气过户", "天然气开户、过户和缴费" },
        { "停水了", "停水通知查询和停水报修" },
        { "自来水发黄", "自来水发黄、浑浊、水压低" },
        { "家里停电了", "停电查询和故障报修" },
        { "工地晚上施工太吵", "夜间施工噪声扰民投诉" },
        { "房子墙裂了要鉴定", "房屋安全鉴定如何申请" },
        { "出租车不打表", "出租车拒载、绕路、不打表的投诉" },
        { "孩子打疫苗在哪", "儿童预防接种时间和地点" },
        { "楼道里堆满杂物", "楼道堆物、消防通道堵塞怎么办" },
        { "公司不签劳动合同", "用人单位不签劳动合同怎么办" },
        { "领结婚证要带什么", "结婚登记需要的材料和地点" },
        { "楼上装修噪音", "广场舞、商铺音响、装修噪音扰民" },
        { "路边摆摊占道经营", "占道经营、流动摊贩整治" },
        { "楼下烧烤油烟", "露天烧烤油烟扰民" },
        { "邻居楼顶私搭乱建", "违章建筑举报和查处" },
        { "办房产证", "不动产登记办理（房产证）" },
        { "开发商一直不给办证", "开发商原因办不了房产证" },
        { "孩子上学报名", "义务教育入学报名时间和材料" },
        { "培训班不退钱", "校外培训机构违规收费和退费" },
        { "八十岁老人补贴", "高龄津贴和养老服务补贴申请" },
        { "老人想住养老院", "养老院入住和社区日间照料" },
        { "怎么申请低保", "最低生活保障（低保）申请条件" },
        { "饭店卖过期食品", "食品安全问题投诉举报" },
        { "买东西商家不给退货", "消费纠纷投诉和维权" },
        { "健身房跑路了", "预付卡（美容美发、健身）商家跑路" },
        { "被困电梯里", "电梯故障和电梯困人" },
        { "老板拖欠工资", "拖欠工资怎么投诉" },
        { "老年人坐公交免费吗", "公交线路、首末班时间和老年卡" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_expected_demo_article_is_in_the_top_3(string query, string expectedTitle)
    {
        var hits = await app.AsUserAsync("agent", sp => sp.GetRequiredService<KnowledgeSearch>().SearchAsync(query, new SearchFilters(), take: 3));
        Assert.True(hits.Any(h => h.Title == expectedTitle),
            $"「{query}」 expected 「{expectedTitle}」 in the top 3, got: {string.Join(" | ", hits.Select(h => h.Title))}");
    }
}

public sealed class SqliteKnowledgeRelevanceTests(SqliteApp app) : KnowledgeRelevanceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeRelevanceTests(MariaDbApp app) : KnowledgeRelevanceTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
