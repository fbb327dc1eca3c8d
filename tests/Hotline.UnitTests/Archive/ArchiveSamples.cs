using Hotline.Archive.Domain;

namespace Hotline.UnitTests.Archive;

internal static class ArchiveSamples
{
    public static readonly DateTime Closed = new(2026, 11, 25, 1, 2, 3, DateTimeKind.Utc);

    public static RecordSnapshot Snapshot(string number = "QH20261125-0001", string content = "幸福小区电梯长期故障，请求维修。") => new()
    {
        Case = new SnapshotCase(Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"), number, "Complaint", "投诉", Guid.Parse("11111111-1111-1111-1111-111111111111"),
            "城乡建设/物业管理", Guid.Parse("22222222-2222-2222-2222-222222222222"), "清河县/城关镇", "幸福小区3栋", content, "电话", "一般", false, null,
            Closed.AddDays(-5)),
        Caller = new SnapshotCaller("王女士", "13812345678", false),
        Acceptance = new SnapshotAcceptance("agent", "待派单", Closed.AddDays(-5), "agent", null),
        Assignments = [new SnapshotAssignment(Guid.Parse("33333333-3333-3333-3333-333333333333"), "县住房和城乡建设局", "主办", false, Closed.AddDays(-4), Closed.AddDays(10), false)],
        Replies = [new SnapshotReply(0, "县住房和城乡建设局", "已解决", "已督促物业维修电梯", false, Closed.AddDays(-2), "zjj", "已通过", Closed.AddDays(-2), "zjj", null)],
        Extensions = [],
        Revisits = [new SnapshotRevisit(0, "电话回访", "接通", true, "满意", "非常满意", "修好了", Closed, "agent")],
        FollowUps = [],
        Closing = new SnapshotClosing("满意办结", "满意", "非常满意", true, "县住房和城乡建设局", 0, Closed),
        Timeline = [new SnapshotStep(Closed.AddDays(-5), "受理", "登记", "话务员小陈（话务员）", null, null, null, null)],
        Attachments = [new SnapshotAttachment("受理", "现场.png", "image/png", 1234, new string('a', 64), Closed.AddDays(-5), "agent")],
    };

    public static ArchiveRecord.Contents Contents(RecordSnapshot s, Guid? caseId = null, DateTime? closedAt = null) =>
        new(caseId ?? s.Case.CaseId, s.Case.Number, s.Case.RequestTypeCode, s.Case.CategoryId, s.Case.Category, s.Case.AreaId, null,
            s.Closing.LeadUnit ?? "", s.Case.Content, s.Caller.Phone, s.Case.Confidential, RetentionPeriod.ThirtyYears, closedAt ?? s.Closing.ClosedAtUtc,
            CanonicalJson.Serialize(s));

    /// <summary>A year's chain of <paramref name="count"/> records, as the writer seals them.</summary>
    public static List<ArchiveRecord> Chain(int count, int year = 2026)
    {
        var chain = new List<ArchiveRecord>();
        for (var i = 1; i <= count; i++)
        {
            var s = Snapshot($"QH20261125-{i:D4}");
            var caseId = Guid.NewGuid();
            s = s with { Case = s.Case with { CaseId = caseId } };
            chain.Add(ArchiveRecord.Seal(Contents(s, caseId), year, i, chain.LastOrDefault(), null, Closed.AddMinutes(i), "系统"));
        }
        return chain;
    }

    /// <summary>What a raw SQL UPDATE would do to a stored row.</summary>
    public static void Set(ArchiveRecord record, string property, object? value) =>
        typeof(ArchiveRecord).GetProperty(property)!.SetValue(record, value);
}
