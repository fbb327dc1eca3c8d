namespace Hotline.Assessment.Sheets.Model;

/// <summary>What a figure counts, in the words printed beside it and in the reports' appendix.</summary>
internal sealed record FigureDefinition(FigureKind Kind, string Name, string Numerator, string Denominator, bool HigherIsBetter);

internal static class FigureDefinitions
{
    public static readonly IReadOnlyList<FigureDefinition> All =
    [
        new(FigureKind.SignForOnTime, "及时签收率", "在签收时限内签收的工单数", "期间内派给本单位的工单数（主办与协办）", true),
        new(FigureKind.FirstContactOnTime, "首次联系及时率", "在首次联系时限内联系诉求人的工单数", "期间内派给本单位、需联系诉求人的主办工单数", true),
        new(FigureKind.CompletedOnTime, "按时办结率", "在办理时限（含批准的延期）内答复的工单数", "期间内派给本单位并已答复的工单数，加上超过办理时限仍未答复的工单数", true),
        new(FigureKind.Resolution, "解决率", "回访为已解决的工单数", "期间内完成有效回访（联系上并评价）的本单位主办工单数", true),
        new(FigureKind.Satisfaction, "满意率", "非常满意 + 满意 + 基本满意 × 权重 的工单数",
            "期间内完成有效回访的本单位主办工单数，不含行政调解类、执法办案类事项（依法办理，不片面追求满意率）；基本满意按评价设置的权重计", true),
        new(FigureKind.ReturnApproved, "退单率（批准）", "期间内申请且获批准的退单数", "期间内派给本单位的工单数（含已退回的）", false),
        new(FigureKind.ReturnRefused, "退单率（驳回）", "期间内申请但被驳回的退单数", "期间内派给本单位的工单数（含已退回的）", false),
        new(FigureKind.Redo, "重办率", "被发回重办过的工单数", "期间内派给本单位的工单数", false),
        new(FigureKind.Extension, "延期率", "获批延期的工单数", "期间内派给本单位的工单数", false),
        new(FigureKind.KnowledgeUpkeep, "知识库维护及时率", "在 5 个工作日内修正的知识缺口数", "期间内到期的本单位知识缺口数", true),
    ];

    public static FigureDefinition Of(FigureKind kind) => All.Single(d => d.Kind == kind);

    /// <summary>The composite score with the weights it was counted by, as the pages and the reports print it.</summary>
    public static string Composite(CompositeWeights w) =>
        $"综合得分 = 100 ×（{w.Response} × 首次联系及时率 + {w.Resolution} × 解决率 + {w.Satisfaction} × 满意率）+ 加减分（权重见“考核权重”设置）";

    /// <summary>The notes under the definitions, on the pages and in the reports.</summary>
    public static string Notes(double basicallySatisfiedWeight) =>
        $"满意率中“基本满意”按 {basicallySatisfiedWeight} 计（评价设置）。分母为 0 的指标记为“—”，不按 0% 计；缺少首次联系及时率、解决率或满意率任一项的单位" +
        "不计综合得分、不参加排名。首次联系及时率按派单统计，与“满意度统计”页面的回访响应率（回访核实：按时联系 ÷ 有效回访）口径不同。";
}
