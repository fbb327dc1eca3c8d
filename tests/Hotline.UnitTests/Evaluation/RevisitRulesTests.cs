using Hotline.Evaluation.OnlineRatings;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Platform.Catalog;

namespace Hotline.UnitTests.Evaluation;

public sealed class RevisitRulesTests
{
    private static DateTime China(int day, int hour, int minute = 0) =>
        new DateTime(2026, 11, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    [Fact]
    public void Failed_attempts_on_one_china_day_count_once()
    {
        var sameDay = new[] { China(25, 9), China(25, 14), China(25, 23, 59) };
        Assert.Equal(1, RevisitRules.DistinctFailedDays(sameDay));
        Assert.False(RevisitRules.IsUnreachable(sameDay, 3));
    }

    [Fact]
    public void The_day_is_the_china_calendar_day_not_the_utc_day()
    {
        // 23:30 and 00:10 China time are 40 minutes apart but on two days; 07:00 and 09:00 China time straddle UTC midnight yet are one day.
        Assert.Equal(2, RevisitRules.DistinctFailedDays([China(25, 23, 30), China(26, 0, 10)]));
        Assert.Equal(1, RevisitRules.DistinctFailedDays([China(26, 7), China(26, 9)]));
    }

    [Fact]
    public void Three_different_days_make_the_case_unreachable()
    {
        var attempts = new[] { China(25, 9), China(25, 16), China(26, 10), China(27, 11) };
        Assert.Equal(3, RevisitRules.DistinctFailedDays(attempts));
        Assert.True(RevisitRules.IsUnreachable(attempts, 3));
        Assert.False(RevisitRules.IsUnreachable(attempts, 4));
    }

    [Fact]
    public void A_rating_needs_a_reach_result_and_a_reached_caller()
    {
        Assert.Equal(RevisitFields.Reach, RevisitRules.Validate(null, true, Rating.Satisfied, Rating.Satisfied, false)?.Field);
        Assert.Contains("请先选择回访结果", RevisitRules.Validate(null, true, Rating.Satisfied, Rating.Satisfied, false)?.Message);
        Assert.Contains("不能录入评价", RevisitRules.Validate(ReachResult.NotReached, null, null, Rating.Satisfied, false)?.Message);
        Assert.Null(RevisitRules.Validate(ReachResult.NotReached, null, null, null, false));
        Assert.Equal((RevisitFields.HandlingRating, "请选择办理环节评价。"), RevisitRules.Validate(ReachResult.Reached, true, Rating.Satisfied, null, false));
        Assert.Equal((RevisitFields.Resolved, "请选择问题是否已解决。"), RevisitRules.Validate(ReachResult.Reached, null, Rating.Satisfied, Rating.Satisfied, false));
        Assert.Null(RevisitRules.Validate(ReachResult.Reached, false, Rating.Satisfied, Rating.Dissatisfied, false));
    }

    [Fact]
    public void A_case_answered_at_intake_is_rated_on_the_intake_stage_only()
    {
        Assert.Null(RevisitRules.Validate(ReachResult.Reached, null, Rating.Satisfied, null, intakeOnly: true));
        Assert.Contains("只评价受理环节", RevisitRules.Validate(ReachResult.Reached, null, Rating.Satisfied, Rating.Satisfied, intakeOnly: true)?.Message);
    }

    [Theory]
    [InlineData("PolicyLimit", false, 0, 1, "Closed")]
    [InlineData("ObjectiveLimit", false, 1, 1, "Closed")]
    [InlineData("HandlingProblem", false, 0, 1, "Redo")]
    [InlineData("Other", false, 0, 1, "Redo")]
    [InlineData("HandlingProblem", false, 1, 1, "ToSupervisor")]
    [InlineData("HandlingProblem", false, 1, 2, "Redo")]
    [InlineData("HandlingProblem", true, 0, 1, "ToSupervisor")]
    [InlineData("PolicyLimit", true, 0, 1, "ToSupervisor")]
    public void Dissatisfaction_leads_to_close_redo_or_a_supervisor(string cause, bool mediation, int used, int allowed, string expected) =>
        Assert.Equal(Enum.Parse<FollowUpDecision>(expected), RevisitRules.Decide(Enum.Parse<DissatisfactionCause>(cause), mediation, used, allowed));

    [Fact]
    public void Only_mediation_and_law_enforcement_categories_are_flagged()
    {
        Assert.True(RevisitRules.IsMediationOrEnforcement(CategoryKind.AdministrativeMediation));
        Assert.True(RevisitRules.IsMediationOrEnforcement(CategoryKind.LawEnforcement));
        Assert.False(RevisitRules.IsMediationOrEnforcement(CategoryKind.Ordinary));
    }

    [Fact]
    public void Tokens_are_url_safe_unique_and_stored_only_as_a_hash()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => RatingTokens.NewToken()).ToList();
        Assert.Equal(100, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.True(RatingTokens.IsWellFormed(t)));
        var hash = RatingTokens.Hash(tokens[0]);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.DoesNotContain(tokens[0], hash);
        Assert.False(RatingTokens.IsWellFormed(tokens[0] + "x"));
        Assert.False(RatingTokens.IsWellFormed(tokens[0][..42] + "/"));
        Assert.False(RatingTokens.IsWellFormed(null));
    }

    [Fact]
    public void Caller_words_are_separable_from_a_timeline_detail()
    {
        var detail = RevisitWords.With("办理环节：不满意", "一点都没修好");
        Assert.Equal("办理环节：不满意", RevisitWords.Without(detail));
        Assert.Null(RevisitWords.Without(RevisitWords.With(null, "拒绝")));
        Assert.Equal("无意见", RevisitWords.Without("无意见"));
    }
}
