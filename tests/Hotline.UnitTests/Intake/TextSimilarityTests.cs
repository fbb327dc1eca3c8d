using Hotline.Intake.Domain;

namespace Hotline.UnitTests.Intake;

public sealed class TextSimilarityTests
{
    [Fact]
    public void Identical_texts_score_one_and_unrelated_texts_score_zero()
    {
        Assert.Equal(1.0, TextSimilarity.Dice("幸福小区停水三天", "幸福小区停水三天"), 3);
        Assert.Equal(0.0, TextSimilarity.Dice("幸福小区停水三天", "学校门口摆摊占道"), 3);
    }

    [Fact]
    public void Punctuation_spaces_and_case_are_ignored()
    {
        Assert.Equal(1.0, TextSimilarity.Dice("幸福小区停水", "幸福小区 停水！"), 3);
        Assert.Equal(1.0, TextSimilarity.Dice("ABC小区", "abc 小区"), 3);
    }

    [Fact]
    public void The_same_problem_in_other_words_ranks_above_a_different_problem_in_the_same_place()
    {
        const string incoming = "幸福小区3号楼从昨天开始停水，到现在还没有来水";
        var sameProblem = TextSimilarity.Dice(incoming, "幸福小区停水了，3号楼一直没有水");
        var otherProblem = TextSimilarity.Dice(incoming, "幸福小区物业乱收停车费");
        Assert.True(sameProblem > otherProblem, $"{sameProblem} should exceed {otherProblem}");
        Assert.True(sameProblem >= 0.2);
    }

    [Fact]
    public void Rare_characters_and_emoji_are_kept_whole()
    {
        // 𠀀 is outside the BMP (a surrogate pair): it must count as one character, not two halves.
        var grams = TextSimilarity.Bigrams("𠀀小区😀");
        Assert.Contains("𠀀小", grams.Keys);
    }

    [Fact]
    public void Empty_or_single_character_texts_have_no_similarity()
    {
        Assert.Equal(0.0, TextSimilarity.Dice("", "小区停水"));
        Assert.Equal(0.0, TextSimilarity.Dice(null, "小区停水"));
        Assert.Equal(0.0, TextSimilarity.Dice("水", "水"));
    }
}
