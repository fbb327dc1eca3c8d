using Hotline.Evaluation.Contracts;
using Hotline.Intake.Contracts;
using Hotline.Platform.Catalog;
using Hotline.Assessment.Analysis.Dashboard;
using Hotline.Assessment.Analysis.TopicReport;
using Hotline.Assessment.Analysis.Hotspots;
using Hotline.Assessment.Analysis.Seasonal;
using Hotline.Assessment.Domain;

namespace Hotline.UnitTests.Assessment;

/// <summary>The rules behind the center's analysis, on hand-computed numbers: anomaly threshold, seasons, topics, masking, fact ordering.</summary>
public sealed class AnalysisRulesTests
{
    [Fact]
    public void A_week_is_anomalous_only_above_mean_plus_three_sigma_and_with_at_least_five_cases()
    {
        // Baseline 2,4,4,4,5,5,7,9: mean 5, population σ 2, threshold 11.
        int[] baseline = [2, 4, 4, 4, 5, 5, 7, 9];
        var at = EarlyWarningRule.Judge(11, baseline);
        Assert.Equal(5, at.Mean);
        Assert.Equal(2, at.StandardDeviation);
        Assert.Equal(11, at.Threshold);
        Assert.False(at.Anomalous);
        Assert.True(EarlyWarningRule.Judge(12, baseline).Anomalous);
        // A quiet topic: zero every week, four this week is not news yet, five is.
        Assert.False(EarlyWarningRule.Judge(4, new int[8]).Anomalous);
        Assert.True(EarlyWarningRule.Judge(5, new int[8]).Anomalous);
        Assert.True(EarlyWarningRule.Judge(5, []).Anomalous);
    }

    [Fact]
    public void Peak_months_need_one_and_a_half_times_the_average_in_two_years_and_seasons_run_across_the_new_year()
    {
        // Heating: November to January high every year; one year's June spike is not a season.
        int[] y1 = [10, 2, 1, 1, 1, 1, 1, 1, 1, 1, 9, 12];
        int[] y2 = [11, 1, 1, 1, 1, 20, 1, 1, 1, 1, 10, 12];
        int[] y3 = [9, 2, 1, 1, 1, 1, 1, 1, 1, 1, 11, 13];
        var pattern = SeasonalPattern.Detect([y1, y2, y3]);
        Assert.Equal([1, 11, 12], pattern.PeakMonths);
        var season = Assert.Single(pattern.Seasons);
        Assert.Equal((11, 1), (season.FirstMonth, season.LastMonth));
        Assert.Equal("11月至次年1月", season.Label);
        Assert.Equal(new DateOnly(2026, 11, 1), season.NextStart(new DateOnly(2026, 11, 1)));
        Assert.Equal(new DateOnly(2027, 11, 1), season.NextStart(new DateOnly(2026, 11, 2)));

        // Flood season June and July, too few cases in a quiet category to be a season at all.
        var flood = SeasonalPattern.Detect([[0, 0, 0, 0, 1, 6, 5, 1, 0, 0, 0, 0]]);
        Assert.Equal("6月至7月", Assert.Single(flood.Seasons).Label);
        Assert.Empty(SeasonalPattern.Detect([[0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0]]).Seasons);
        Assert.Empty(SeasonalPattern.Detect([]).Seasons);
    }

    [Fact]
    public void Cases_speaking_of_the_same_thing_form_one_topic_named_by_its_phrase_with_confidential_cases_kept_out_of_the_samples()
    {
        var now = new DateTime(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc);
        var texts = new List<TopicText>
        {
            new(Guid.NewGuid(), "A1", "城关街道工地夜间施工噪音扰民，影响休息", false, now),
            new(Guid.NewGuid(), "A2", "反映附近工地夜间施工噪音扰民", false, now.AddHours(-1)),
            new(Guid.NewGuid(), "A3", "工地夜间施工噪音扰民，希望处理", true, now.AddHours(-2)),
            new(Guid.NewGuid(), "B1", "小区电梯故障停运，老人上下楼困难", false, now),
            new(Guid.NewGuid(), "B2", "电梯故障停运三天了", false, now),
            new(Guid.NewGuid(), "C1", "咨询养老保险缴费标准", false, now),
        };
        var topics = TopicFinder.Find(texts, 10);
        var noise = topics[0];
        Assert.Equal(3, noise.Cases);
        Assert.Contains("噪音", noise.Phrase);
        Assert.Equal(["A1", "A2"], noise.Samples.Select(s => s.CaseNumber));
        var lift = Assert.Single(topics, t => t.Phrase.Contains("电梯"));
        Assert.Equal(2, lift.Cases);
        Assert.DoesNotContain(topics, t => t.Phrase.Contains("养老"));
        // Filler every caller says is never a topic.
        Assert.DoesNotContain(topics, t => t.Phrase is "反映" or "希望");
    }

    [Fact]
    public void A_sample_masks_long_numbers_and_stays_short()
    {
        Assert.Equal("请回电 139******78 谢谢", SampleText.Of("请回电 13900001278 谢谢"));
        Assert.Equal("身份证 110*************34", SampleText.Of("身份证 110101199001011234"));
        Assert.Equal("3号楼2单元", SampleText.Of("3号楼2单元"));
        Assert.Equal(SampleText.Length + 1, SampleText.Of(new string('字', 200)).Length);
    }

    [Fact]
    public void Satisfaction_counts_basically_satisfied_at_its_weight_and_nothing_rated_is_no_rate()
    {
        (int, int)[] ratings = [((int)Rating.VerySatisfied, 2), ((int)Rating.Satisfied, 1), ((int)Rating.BasicallySatisfied, 2), ((int)Rating.Dissatisfied, 1)];
        Assert.Equal((2 + 1 + 2 * 0.8) / 6, SatisfactionRate.Of(ratings, 0.8)!.Value, 10);
        Assert.Null(SatisfactionRate.Of([], 0.8));
    }

    [Fact]
    public void A_late_event_never_takes_a_case_back_and_a_closing_records_its_rating()
    {
        var registered = new DateTime(2026, 11, 1, 1, 0, 0, DateTimeKind.Utc);
        var fact = CaseFact.Of(new CaseSummary(Guid.NewGuid(), "2026110100001", CaseStatus.Accepted, RequestTypeCode.Complaint, Guid.NewGuid(), Guid.NewGuid(),
            "", new string('长', 600), Channel.WeChat, Urgency.Normal, false, null, registered));
        Assert.Equal(CaseFact.TextMax, fact.Text.Length);
        var unit = Guid.NewGuid();
        fact.Close(registered.AddDays(3), registered.AddDays(3), 4, unit);
        Assert.False(fact.Move(CaseStatus.Replied, registered.AddDays(2)));
        Assert.Equal(CaseStatus.Closed, fact.Status);
        Assert.Equal(4, fact.Rating);
        Assert.Equal(unit, fact.LeadUnitId);
        Assert.False(fact.IsOpen);
        // A redo after closing reopens it.
        Assert.True(fact.Move(CaseStatus.InHandling, registered.AddDays(4)));
        Assert.Null(fact.ClosedAtUtc);
        Assert.True(fact.IsOpen);
    }

    [Fact]
    public void The_intake_revisit_closing_leaves_a_case_answered_at_intake_as_it_was()
    {
        var registered = new DateTime(2026, 11, 1, 1, 0, 0, DateTimeKind.Utc);
        var fact = CaseFact.Of(new CaseSummary(Guid.NewGuid(), "2026110100002", CaseStatus.AnsweredAtIntake, RequestTypeCode.Consultation, Guid.NewGuid(),
            Guid.NewGuid(), "", "咨询公积金提取", Channel.Phone, Urgency.Normal, false, null, registered));
        fact.Close(registered.AddDays(1), registered.AddDays(1), 5, null);
        Assert.Equal(CaseStatus.AnsweredAtIntake, fact.Status);
        Assert.Null(fact.ClosedAtUtc);
        Assert.Null(fact.Rating);
    }
}
