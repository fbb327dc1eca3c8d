using Hotline.Handling.CoOpinions;

namespace Hotline.UnitTests.Handling.Outcomes;

public class CoOpinionGateTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc);

    private static CoUnitStanding Co(bool hasOpinion = false, bool ended = false, double dueInHours = 24) =>
        new(Guid.NewGuid(), Guid.NewGuid(), ended, hasOpinion, Now.AddHours(dueInHours));

    [Fact]
    public void Without_co_units_the_lead_replies_and_has_nothing_to_decide()
    {
        var gate = CoOpinionGate.Evaluate([], Now, proceedRecorded: false);
        Assert.True(gate.MayReply);
        Assert.False(gate.MayRecordProceed);
    }

    [Fact]
    public void A_missing_opinion_not_yet_due_allows_the_reply_and_an_early_decision()
    {
        var gate = CoOpinionGate.Evaluate([Co(hasOpinion: true), Co()], Now, proceedRecorded: false);
        Assert.True(gate.MayReply);
        Assert.True(gate.MayRecordProceed);
        Assert.Single(gate.Missing);
        Assert.Empty(gate.OverdueMissing);
    }

    [Fact]
    public void An_overdue_missing_opinion_blocks_until_the_decision_is_recorded()
    {
        var overdue = Co(dueInHours: -1);
        var blocked = CoOpinionGate.Evaluate([Co(hasOpinion: true), overdue], Now, proceedRecorded: false);
        Assert.False(blocked.MayReply);
        Assert.Equal(overdue, Assert.Single(blocked.OverdueMissing));
        Assert.True(CoOpinionGate.Evaluate([overdue], Now, proceedRecorded: true).MayReply);
    }

    [Fact]
    public void Due_exactly_now_counts_as_overdue()
    {
        Assert.False(CoOpinionGate.Evaluate([Co(dueInHours: 0)], Now, proceedRecorded: false).MayReply);
    }

    [Fact]
    public void Ended_co_assignments_and_given_opinions_do_not_count()
    {
        var gate = CoOpinionGate.Evaluate([Co(ended: true, dueInHours: -48), Co(hasOpinion: true, dueInHours: -48)], Now, proceedRecorded: false);
        Assert.True(gate.MayReply);
        Assert.Empty(gate.Missing);
    }
}
