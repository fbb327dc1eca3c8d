using Hotline.Intake.FlowSheet;
using Hotline.Platform.Cases;
using Hotline.Supervision.Notices;

namespace Hotline.Benchmarks;

/// <summary>A case as a busy one looks on paper: realistic facts and a timeline of the given length across every stage.</summary>
internal static class BenchmarkData
{
    private static readonly DateTime Start = new(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc);

    private static readonly (string Stage, string Action, string Unit, string Detail)[] Cycle =
    [
        ("受理", "登记受理", "12345热线中心", "来电人反映小区电梯停运，已记录诉求并告知工单编号。"),
        ("派单", "派单", "12345热线中心", "按事项分类派至县住房和城乡建设局办理，办理时限五个工作日。"),
        ("签收", "签收", "县住房和城乡建设局", "已签收，交物业科办理。"),
        ("办理", "下派", "县住房和城乡建设局", "下派至城关街道办事处协助现场核查。"),
        ("办理", "现场核查", "城关街道办事处", "工作人员到现场查看，电梯主板老化（含控制线路），物业已联系厂家。"),
        ("办理", "申请延期", "县住房和城乡建设局", "配件需从厂家调货，申请延期三个工作日。"),
        ("审核", "同意延期", "12345热线中心", "同意延期至下周五。"),
        ("答复", "办理答复", "县住房和城乡建设局", "电梯已于今日恢复运行，已电话告知来电人处理结果；物业承诺每月维保并公示记录。"),
        ("回访", "电话回访", "12345热线中心", "来电人确认电梯已恢复运行。"),
        ("评价", "诉求人评价", "12345热线中心", "满意。"),
    ];

    public static FlowSheetFacts Facts() => new()
    {
        HotlineName = "清河县12345政务服务便民热线",
        CaseNumber = "QH202611250001",
        RegisteredAtUtc = Start,
        Channel = "电话",
        RequestType = "投诉",
        Category = "城乡建设 / 物业管理 / 电梯维保",
        Place = "清河县 / 城关街道 / 文昌社区 幸福小区3号楼",
        Urgency = "一般",
        Status = "已办结",
        Confidential = false,
        CallerName = "张先生",
        CallerPhone = "138****1234",
        Content = "幸福小区3号楼电梯自十月起多次停运，老人上下楼困难；业主向物业反映五次（含书面报告两次），物业称需等维修基金审批。请有关部门督促尽快修复，并公开维修基金使用情况！",
        PrintedAtUtc = Start.AddDays(10),
        PrintedBy = "李明",
    };

    public static IReadOnlyList<CaseTimelineStep> Steps(int count) => Enumerable.Range(0, count).Select(i =>
    {
        var (stage, action, unit, detail) = Cycle[i % Cycle.Length];
        var at = Start.AddHours(3 * i);
        var hasDeadline = stage is "签收" or "办理" or "答复";
        return new CaseTimelineStep(at, stage, action, i % 3 == 0 ? "王建国" : "李明", unit, detail,
            hasDeadline ? at.AddDays(2) : null, hasDeadline ? i % 4 != 0 : null);
    }).ToList();

    /// <summary>A written supervision notice as a Supervisor issues it for an overdue complaint.</summary>
    public static NoticeFacts Notice() => new(
        "清河县12345政务服务便民热线", "督〔2026〕第128号", "县住房和城乡建设局", "书面督办", "QH2026112500123", Start,
        "王** 138****5678", "幸福小区3号楼电梯停运半月，物业不予维修，老人上下楼困难，多次反映无果。",
        "工单 QH2026112500123 的办结期限已过，尚未办结；提醒督办后逾期未回复。",
        "请你局高度重视，于三个工作日内组织现场核查，督促物业公司修复电梯，妥善答复诉求人，并将办理措施及结果书面回复县12345热线中心。",
        null, Start.AddDays(5), "督办员刘洋", Start.AddDays(2));
}
