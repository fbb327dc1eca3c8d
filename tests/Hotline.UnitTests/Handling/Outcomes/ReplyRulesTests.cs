using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.UnitTests.Handling.Domain;
using Hotline.Platform;
using Hotline.Handling.Replies;

namespace Hotline.UnitTests.Handling.Outcomes;

public class ReplyRulesTests
{
    private const string Text = "经核实，路灯线路老化，已更换电缆并恢复照明，今后纳入定期巡查。";

    [Fact]
    public void Cannot_handle_needs_the_written_explanation_to_the_center()
    {
        var ex = Assert.Throws<BusinessRuleException>(() => ReplyRules.Validate(new ReplyInput(ReplyResult.CannotHandle, Text, " ", false), 10));
        Assert.Contains("书面说明", ex.Message);
        var (_, _, explanation) = ReplyRules.Validate(new ReplyInput(ReplyResult.CannotHandle, Text, " 该路段属高速公路管理处管辖，已告知诉求人 ", false), 10);
        Assert.Equal("该路段属高速公路管理处管辖，已告知诉求人", explanation);
    }

    [Fact]
    public void The_text_must_reach_the_minimum_and_a_result_must_be_chosen()
    {
        Assert.Contains("至少需要 40 个字", Assert.Throws<BusinessRuleException>(() => ReplyRules.Validate(new ReplyInput(ReplyResult.Resolved, Text, null, false), 40)).Message);
        Assert.Contains("办理结果", Assert.Throws<BusinessRuleException>(() => ReplyRules.Validate(new ReplyInput(null, Text, null, false), 10)).Message);
    }

    [Theory]
    [InlineData(nameof(HandlingStatus.AwaitingSignFor), "请先签收")]
    [InlineData(nameof(HandlingStatus.Redo), "签收重办")]
    [InlineData(nameof(HandlingStatus.AwaitingApproval), "等待审核")]
    [InlineData(nameof(HandlingStatus.Replied), "不能重复答复")]
    [InlineData(nameof(HandlingStatus.Ended), "不在本单位办理中")]
    public void The_status_decides_whether_a_reply_may_be_made(string status, string message)
    {
        var a = HandlingStates.Lead().In(Enum.Parse<HandlingStatus>(status));
        Assert.Contains(message, ReplyRules.Refusal(a, contactRequired: true, contactDone: true, gate: null, _ => ""));
    }

    [Fact]
    public void Contact_is_required_unless_the_caller_cannot_be_reached_and_co_units_give_opinions_instead()
    {
        var a = HandlingStates.Lead().In(HandlingStatus.InHandling);
        Assert.Contains("联系诉求人", ReplyRules.Refusal(a, contactRequired: true, contactDone: false, gate: null, _ => ""));
        Assert.Null(ReplyRules.Refusal(a, contactRequired: false, contactDone: false, gate: null, _ => ""));
        var co = HandlingStates.CoUnit().In(HandlingStatus.InHandling);
        Assert.Contains("协办意见", ReplyRules.Refusal(co, true, true, null, _ => ""));
    }
}
