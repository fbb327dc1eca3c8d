using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Domain;

namespace Hotline.UnitTests.Dispatch.Domain;

/// <summary>Brings return requests into a state through their step methods, as the application does.</summary>
internal static class DispatchStates
{
    public static readonly DateTime At = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);

    public static ReturnRequest Request(Assignment assignment, ReturnStatus status)
    {
        var request = new ReturnRequest
        {
            CaseId = assignment.CaseId, AssignmentId = assignment.Id, UnitId = assignment.UnitId, Reason = ReturnReason.NotOurDuty,
            Basis = "电梯安全监管属市场监管部门职责。", AppliedAtUtc = At, AppliedBy = "zjj",
        };
        switch (status)
        {
            case ReturnStatus.Approved:
                request.Approve(assignment, At, "dispatcher", null);
                break;
            case ReturnStatus.Refused or ReturnStatus.Disputed or ReturnStatus.DisputeUpheld or ReturnStatus.DisputeRejected:
                request.Refuse(assignment, At, "dispatcher", "属于本局职责");
                if (status != ReturnStatus.Refused)
                    request.Dispute(assignment, "三定方案明确电梯安全监管属市场监管局。", At.AddHours(1), "zjj");
                if (status is ReturnStatus.DisputeUpheld or ReturnStatus.DisputeRejected)
                    request.DecideDispute(assignment, status == ReturnStatus.DisputeUpheld, At.AddHours(2), "supervisor", "维持");
                break;
        }
        Assert.Equal(status, request.Status);
        return request;
    }
}
