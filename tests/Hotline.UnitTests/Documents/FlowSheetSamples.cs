using Hotline.Intake.FlowSheet;
using Hotline.Platform.Cases;

namespace Hotline.UnitTests.Documents;

/// <summary>Flow sheet inputs without a database: a case as a center viewer sees it and a synthetic timeline.</summary>
internal static class FlowSheetSamples
{
    public const string HotlineName = "清河县12345政务服务便民热线";

    public const string Content = "幸福小区3号楼电梯自十月起多次停运，老人上下楼困难；业主向物业反映五次（含书面报告两次），物业称需等维修基金审批。请有关部门督促尽快修复！";

    /// <summary>Wednesday 2026-11-25 09:00 China time.</summary>
    public static readonly DateTime Start = new(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc);

    /// <summary>24:00 China time of the first day, the way working-day deadlines are stored.</summary>
    private static readonly DateTime EndOfFirstDay = new(2026, 11, 25, 16, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Stages = ["受理", "派单", "签收", "办理", "答复", "回访", "评价"];
    private static readonly string[] Units = ["12345热线中心", "县住房和城乡建设局", "城关街道办事处", "县市场监督管理局"];

    public static FlowSheetFacts Facts(string? content = null) => new()
    {
        HotlineName = HotlineName,
        CaseNumber = "QH202611250001",
        RegisteredAtUtc = Start,
        Channel = "电话",
        RequestType = "投诉",
        Category = "城乡建设 / 物业管理 / 电梯维保",
        Place = "清河县 / 城关街道 / 文昌社区 幸福小区3号楼",
        Urgency = "一般",
        Status = "办理中",
        Confidential = false,
        CallerName = "张先生",
        CallerPhone = "138****1234",
        Content = content ?? Content,
        PrintedAtUtc = Start.AddDays(3),
        PrintedBy = "李明",
    };

    /// <summary>
    /// <paramref name="count"/> steps, each with a unique marker 【步骤0001】 at the start of its text so a
    /// test can find every row on the printed pages; every seventh step has a long detail that wraps.
    /// </summary>
    public static IReadOnlyList<CaseTimelineStep> Steps(int count) => Enumerable.Range(1, count).Select(i => new CaseTimelineStep(
        Start.AddHours(i),
        Stages[i % Stages.Length],
        Marker(i) + "办理反馈",
        i % 3 == 0 ? "王建国" : "李明",
        Units[i % Units.Length],
        i % 7 == 0
            ? "已安排维修人员现场查看，确认电梯主板老化（含控制线路），已联系厂家更换配件，预计三个工作日内完成维修；完成后将回访市民。"
            : $"第{i}步处理意见",
        i % 2 == 0 ? EndOfFirstDay.AddDays(i % 10) : null,
        i % 2 == 0 ? i % 4 != 0 : null)).ToList();

    public static string Marker(int i) => $"【步骤{i:0000}】";
}
