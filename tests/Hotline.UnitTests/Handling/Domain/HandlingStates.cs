using Hotline.Dispatch.Contracts;
using Hotline.Handling.Domain;

namespace Hotline.UnitTests.Handling.Domain;

/// <summary>Brings entities into a state the way the application does: through their step methods, never by setting a status.</summary>
internal static class HandlingStates
{
    public static readonly DateTime At = new(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc);

    public static HandlingAssignment Lead(DateTime? completionDueUtc = null) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = Guid.NewGuid(),
        UnitId = Guid.NewGuid(),
        Role = AssignmentRole.Lead,
        DispatchedAtUtc = At,
        SignForDueUtc = At.AddHours(8),
        FirstContactDueUtc = At.AddHours(24),
        CompletionDueUtc = completionDueUtc ?? At.AddDays(15),
        CompletionWorkingDays = 10,
    };

    public static HandlingAssignment CoUnit() => new()
    {
        Id = Guid.NewGuid(), CaseId = Guid.NewGuid(), UnitId = Guid.NewGuid(), Role = AssignmentRole.CoHandling,
        DispatchedAtUtc = At, SignForDueUtc = At.AddHours(8), FirstContactDueUtc = At.AddHours(24), CompletionDueUtc = At.AddDays(15),
    };

    public static HandlingAssignment In(this HandlingAssignment a, HandlingStatus status)
    {
        switch (status)
        {
            case HandlingStatus.AwaitingSignFor:
                break;
            case HandlingStatus.InHandling:
                a.SignFor(At, "handler");
                break;
            case HandlingStatus.AwaitingApproval:
                a.SignFor(At, "handler");
                a.AwaitApproval();
                break;
            case HandlingStatus.Replied:
                a.SignFor(At, "handler");
                a.AcceptReply(At.AddDays(1));
                break;
            case HandlingStatus.Redo:
                a.SignFor(At, "handler");
                a.AcceptReply(At.AddDays(1));
                a.Redo(a.RedoRound + 1, "诉求人不满意：路灯仍不亮", a.CompletionDueUtc);
                break;
            case HandlingStatus.Ended:
                a.End(At.AddHours(2));
                break;
            case HandlingStatus.Closed:
                a.Close(At.AddDays(3));
                break;
        }
        Assert.Equal(status, a.Status);
        return a;
    }

    /// <summary>A request of a separate lead assignment, decided as asked.</summary>
    public static ExtensionRequest Extension(ExtensionStatus status)
    {
        var lead = Lead().In(HandlingStatus.InHandling);
        var request = ExtensionRequest.Request(lead, null, "需协调供电部门", "已联系供电部门", lead.CompletionDueUtc.AddDays(14), At.AddDays(2), "handler");
        if (status == ExtensionStatus.Approved)
            request.Approve(lead, At.AddDays(3), "dispatcher", null);
        else if (status == ExtensionStatus.Refused)
            request.Refuse(At.AddDays(3), "dispatcher", "可在时限内办结");
        Assert.Equal(status, request.Status);
        return request;
    }
}
