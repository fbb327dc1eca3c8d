using Hotline.Handling.Domain;
using Hotline.Platform.Rules;
using static Hotline.UnitTests.Handling.Domain.HandlingStates;

namespace Hotline.UnitTests.Handling.Domain;

/// <summary>The 重办单: it lands on the unit leading the case, waits for a dispatch when none does, and never on a unit that left.</summary>
public class RedoOrderTests
{
    private static RedoOrder OrderFor(HandlingAssignment lead) => RedoOrder.Ordered(lead.CaseId, "20261125-0001", 1, "诉求人不满意：电梯仍停运", At.AddDays(5));

    [Fact]
    public void Landing_on_the_replied_lead_starts_its_redo()
    {
        var lead = Lead().In(HandlingStatus.Replied);
        var order = OrderFor(lead);
        order.LandOn(lead, At.AddDays(20), At.AddDays(5));
        Assert.Equal((RedoOrderStatus.Landed, lead.Id, lead.UnitId), (order.Status, order.AssignmentId, order.UnitId));
        Assert.Equal((HandlingStatus.Redo, 1, At.AddDays(20)), (lead.Status, lead.RedoRound, lead.CompletionDueUtc));
    }

    [Fact]
    public void A_lead_that_has_not_signed_for_the_case_takes_the_redo_over_with_its_first_sign_for_still_to_come()
    {
        var newLead = Lead();
        var order = OrderFor(newLead);
        order.AwaitDispatch("原主办单位办理终止（退单），工单在派单队列中待重新派单");
        Assert.Equal(RedoOrderStatus.AwaitingDispatch, order.Status);
        order.LandOn(newLead, At.AddDays(20), At.AddDays(6));
        Assert.Equal((HandlingStatus.AwaitingSignFor, 1, "诉求人不满意：电梯仍停运"), (newLead.Status, newLead.RedoRound, newLead.RedoReason));
        Assert.Null(order.WaitingReason);
        var signed = newLead.SignFor(At.AddDays(6).AddHours(1), "scjgj");
        Assert.False(signed.Redo);
        Assert.NotNull(newLead.SignedAtUtc);
    }

    [Theory]
    [InlineData(nameof(HandlingStatus.Ended))]
    [InlineData(nameof(HandlingStatus.Closed))]
    public void It_never_lands_on_a_unit_no_longer_on_the_case_or_on_a_co_unit(string statusName)
    {
        var ended = Lead().In(Enum.Parse<HandlingStatus>(statusName));
        var order = OrderFor(ended);
        var violation = Assert.Throws<DomainRuleViolation>(() => order.LandOn(ended, At.AddDays(20), At.AddDays(5)));
        Assert.Same(RedoOrder.LandsOnTheLead, violation.Rule);
        Assert.Equal(RedoOrderStatus.AwaitingDispatch, order.Status);

        var co = CoUnit().In(HandlingStatus.InHandling);
        Assert.Throws<DomainRuleViolation>(() => RedoOrder.Ordered(co.CaseId, "x", 1, "r", At).LandOn(co, At.AddDays(20), At));
        Assert.Equal(0, co.RedoRound);
    }

    [Fact]
    public void A_redo_landed_before_orders_were_kept_is_recorded_as_it_stands()
    {
        var lead = Lead().In(HandlingStatus.Replied);
        OrderFor(lead).LandOn(lead, At.AddDays(20), At.AddDays(5));
        var order = RedoOrder.LandedBeforeOrdersWereKept(lead, At.AddDays(5));
        Assert.Equal((RedoOrderStatus.Landed, lead.Id, lead.UnitId, 1, "诉求人不满意：电梯仍停运", At.AddDays(5)),
            (order.Status, order.AssignmentId, order.UnitId, order.Round, order.Reason, order.LandedAtUtc));
        Assert.Equal((HandlingStatus.Redo, 1, At.AddDays(20)), (lead.Status, lead.RedoRound, lead.CompletionDueUtc));

        // Without a redo on a lead there is nothing to record.
        Assert.Throws<DomainRuleViolation>(() => RedoOrder.LandedBeforeOrdersWereKept(Lead(), At));
        var co = CoUnit().In(HandlingStatus.InHandling);
        Assert.Throws<DomainRuleViolation>(() => RedoOrder.LandedBeforeOrdersWereKept(co, At));
    }
}
