namespace Hotline.Assessment.Sheets.Model;

/// <summary>What a figure counts, in the words printed beside it and in the reports' appendix.</summary>
internal sealed record FigureDefinition(FigureKind Kind, string Name, string Numerator, string Denominator, bool HigherIsBetter);

internal static class FigureDefinitions
{
    public static readonly IReadOnlyList<FigureDefinition> All =
    [
        new(FigureKind.SignForOnTime, "及时签收率", "在签收时限内签收的工单数", "期间内派给本单位的工单数（主办与协办）", true),
        new(FigureKind.FirstContactOnTime, "首次联系及时率（响应率）", "在首次联系时限内联系诉求人的工单数", "期间内派给本单位、需联系诉求人的主办工单数", true),
        new(FigureKind.CompletedOnTime, "按时办结率", "在办理时限（含批准的延期）内答复的工单数", "期间内派给本单位并已答复的工单数", true),
        new(FigureKind.Resolution, "解决率", "回访为已解决的工单数", "期间内完成有效回访（联系上并评价）的本单位主办工单数", true),
        new(FigureKind.Satisfaction, "满意率", "非常满意 + 满意 + 基本满意 × 权重 的工单数", "期间内完成有效回访的本单位主办工单数（基本满意按评价设置的权重计）", true),
        new(FigureKind.ReturnApproved, "退单率（批准）", "期间内申请且获批准的退单数", "期间内派给本单位的工单数（含已退回的）", false),
        new(FigureKind.ReturnRefused, "退单率（驳回）", "期间内申请但被驳回的退单数", "期间内派给本单位的工单数（含已退回的）", false),
        new(FigureKind.Redo, "重办率", "被发回重办过的工单数", "期间内派给本单位的工单数", false),
        new(FigureKind.Extension, "延期率", "获批延期的工单数", "期间内派给本单位的工单数", false),
        new(FigureKind.KnowledgeUpkeep, "知识库维护及时率", "在 5 个工作日内修正的知识缺口数", "期间内到期的本单位知识缺口数", true),
    ];

    public static FigureDefinition Of(FigureKind kind) => All.Single(d => d.Kind == kind);
}
