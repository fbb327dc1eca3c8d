using Hotline.Intake.Contracts;
using Hotline.Platform.Notifications;

namespace Hotline.UnitTests.Intake;

/// <summary>The digits filter every member unit's flow-sheet text goes through, live or archived.</summary>
public sealed class CallerShieldTests
{
    [Theory]
    [InlineData("13812345678", "短信发送至 诉求人")]
    [InlineData("+86 13812345678", "短信发送至 诉求人")]
    [InlineData("057187654321", "短信发送至 诉求人")]
    public void A_masked_number_leaves_no_digit_for_a_unit(string phone, string expected)
    {
        var text = CallerShield.WithoutPhoneDigits($"短信发送至 {PhoneMask.Mask(phone)}");
        Assert.Equal(expected, text);
        Assert.DoesNotContain("5678", text);
        Assert.DoesNotContain("4321", text);
    }

    [Fact]
    public void Text_without_a_number_is_kept()
    {
        Assert.Equal("第1轮答复：已督促物业维修电梯", CallerShield.WithoutPhoneDigits("第1轮答复：已督促物业维修电梯"));
        Assert.Null(CallerShield.WithoutPhoneDigits(null));
    }
}
