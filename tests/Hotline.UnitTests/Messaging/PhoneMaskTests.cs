using Hotline.Platform.Notifications;

namespace Hotline.UnitTests.Messaging;

public sealed class PhoneMaskTests
{
    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData(" 13812341234 ", "138****1234")]
    [InlineData("138-1234-1234", "138****1234")]
    [InlineData("138 1234 1234", "138****1234")]
    [InlineData("+8613812341234", "+86 138****1234")]
    [InlineData("+86 138 1234 1234", "+86 138****1234")]
    [InlineData("008613812341234", "+86 138****1234")]
    public void Mobile_numbers_keep_the_first_three_and_last_four_digits(string phone, string expected) =>
        Assert.Equal(expected, PhoneMask.Mask(phone));

    [Theory]
    [InlineData("0571-88123456", "0571-****3456")] // four-digit area code, eight-digit local number
    [InlineData("057188123456", "0571-****3456")]
    [InlineData("010-61234567", "010-****4567")]   // Beijing: three-digit area code
    [InlineData("(021)61234567", "021-****4567")]  // Shanghai, area code in brackets
    [InlineData("0731-8123456", "0731-***3456")]   // seven-digit local number
    public void Landlines_keep_the_area_code_and_the_last_four_digits(string phone, string expected) =>
        Assert.Equal(expected, PhoneMask.Mask(phone));

    [Theory]
    [InlineData("88123456", "****3456")]    // local number without area code
    [InlineData("4008123456", "******3456")]
    public void Other_long_numbers_keep_only_the_last_four_digits(string phone, string expected) =>
        Assert.Equal(expected, PhoneMask.Mask(phone));

    [Theory]
    [InlineData("12345", "***45")]
    [InlineData("110", "*10")]
    [InlineData("12", "**")]
    [InlineData("7", "*")]
    public void Short_numbers_are_never_shown_in_full(string phone, string expected) =>
        Assert.Equal(expected, PhoneMask.Mask(phone));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_numbers_mask_to_empty(string? phone) =>
        Assert.Equal("", PhoneMask.Mask(phone));

    [Fact]
    public void Text_that_is_not_a_number_keeps_only_its_tail()
    {
        Assert.Equal("********abcd", PhoneMask.Mask("unknown-abcd"));
        Assert.Equal("***ab", PhoneMask.Mask("xy-ab"));
    }

    [Fact]
    public void A_masked_mobile_has_the_same_length_as_the_number() =>
        Assert.Equal("13812341234".Length, PhoneMask.Mask("13812341234").Length);
}
