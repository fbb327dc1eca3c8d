using Hotline.Intake.Public;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.UnitTests.Intake;

public sealed class PublicChallengeTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

    private PublicChallenge Create() => new(new EphemeralDataProtectionProvider(), _clock);

    private static string AnswerOf(string question)
    {
        var parts = question.Replace(" = ?", "").Split(" + ");
        return (int.Parse(parts[0]) + int.Parse(parts[1])).ToString();
    }

    [Fact]
    public void The_right_answer_after_a_human_pause_passes()
    {
        var challenge = Create();
        var (question, token) = challenge.Issue();
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(challenge.Verify(token, AnswerOf(question)));
    }

    [Fact]
    public void Instant_wrong_expired_or_tampered_answers_fail()
    {
        var challenge = Create();
        var (question, token) = challenge.Issue();
        Assert.False(challenge.Verify(token, AnswerOf(question)));           // submitted instantly, like a script
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.False(challenge.Verify(token, "99"));
        Assert.False(challenge.Verify(token + "x", AnswerOf(question)));
        Assert.False(challenge.Verify(null, AnswerOf(question)));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.False(challenge.Verify(token, AnswerOf(question)));
    }

    [Fact]
    public void A_token_is_good_for_one_try_even_when_that_try_was_wrong()
    {
        var challenge = Create();
        var (question, token) = challenge.Issue();
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.False(challenge.Verify(token, "99"));
        Assert.False(challenge.Verify(token, AnswerOf(question)));

        var (q2, t2) = challenge.Issue();
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(challenge.Verify(t2, AnswerOf(q2)));
        Assert.False(challenge.Verify(t2, AnswerOf(q2)));
    }
}
