namespace Hotline.Handling.Domain;

/// <summary>联系诉求人: a contact attempt, or the notice of the result after replying.</summary>
internal sealed class CallerContact
{
    /// <summary>The contact form's fields, named by the rules about them.</summary>
    public static class Fields
    {
        public const string Time = "contact-time";
        public const string Note = "contact-note";
    }

    public static readonly DomainRule NotInFuture = new("Handling.Contact.NotInFuture", "002 第十一条（工作流转单如实记录）",
        "联系时间不能晚于当前时间。", Fields.Time);
    public static readonly DomainRule NotBeforeDispatch = new("Handling.Contact.NotBeforeDispatch", "002 第十一条（工作流转单如实记录）",
        "联系时间不能早于派单时间。", Fields.Time);
    public static readonly DomainRule NoteWhenUnreached = new("Handling.Contact.NoteWhenUnreached", "002 第十三条㈠",
        "未联系上诉求人时，请说明联系情况（如无人接听、关机）。", Fields.Note);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssignmentId { get; set; }
    public Guid CaseId { get; set; }
    public DateTime ContactedAtUtc { get; set; }
    public ContactMethod Method { get; set; }
    public bool Reached { get; set; }
    public string? Note { get; set; }

    /// <summary>True for the contact that told the caller the result (within 1 day after completion, 002 第十三条㈡).</summary>
    public bool IsResultNotice { get; set; }

    public DateTime RecordedAtUtc { get; set; }
    public string RecordedBy { get; set; } = "";

    /// <summary>
    /// A contact with the caller as the unit (or the center) records it; a contact that reached the caller
    /// first meets the assignment's first-contact limit (see <see cref="HandlingAssignment.RecordContact"/>).
    /// </summary>
    public static CallerContact Record(HandlingAssignment assignment, DateTime contactedAtUtc, ContactMethod method, bool reached, string? note,
        DateTime nowUtc, string by)
    {
        contactedAtUtc = RequireTime(assignment, contactedAtUtc, nowUtc);
        NoteWhenUnreached.Require(reached || note is not null);
        return new CallerContact
        {
            AssignmentId = assignment.Id,
            CaseId = assignment.CaseId,
            ContactedAtUtc = contactedAtUtc,
            Method = method,
            Reached = reached,
            Note = note,
            RecordedAtUtc = nowUtc,
            RecordedBy = by,
        };
    }

    /// <summary>
    /// A contact lies between the dispatch and now, compared by the minute people enter: a contact in the dispatch's
    /// own minute is not "before" it, whatever the seconds. Returns the time to store, never before the dispatch so the
    /// flow sheet stays in order.
    /// </summary>
    public static DateTime RequireTime(HandlingAssignment assignment, DateTime contactedAtUtc, DateTime nowUtc)
    {
        // A minute of slack: the form's clock and the server's differ a little.
        NotInFuture.Require(contactedAtUtc <= nowUtc.AddMinutes(1));
        if (ToMinute(contactedAtUtc) < ToMinute(assignment.DispatchedAtUtc))
            throw NotBeforeDispatch.Violated($"联系时间不能早于派单时间（{ChinaTime.Format(assignment.DispatchedAtUtc)}）。");
        return contactedAtUtc < assignment.DispatchedAtUtc ? assignment.DispatchedAtUtc : contactedAtUtc;
    }

    private static DateTime ToMinute(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);

    /// <summary>告知诉求人办理结果 after the reply was accepted (002 第十三条㈡).</summary>
    public static CallerContact ResultNotice(HandlingAssignment assignment, ContactMethod method, string? note, DateTime nowUtc, string by) => new()
    {
        AssignmentId = assignment.Id,
        CaseId = assignment.CaseId,
        ContactedAtUtc = nowUtc,
        Method = method,
        Reached = true,
        Note = note,
        IsResultNotice = true,
        RecordedAtUtc = nowUtc,
        RecordedBy = by,
    };
}
