using Hotline.Intake.Domain;
using Hotline.Platform.Notifications;

namespace Hotline.UnitTests.Intake;

public sealed class PhoneNumberRulesTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("138 1234 5678", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("+8613812345678", "13812345678")]
    [InlineData("008613812345678", "13812345678")]
    [InlineData("0371-66778899", "0371-66778899")]
    [InlineData("(0371)66778899", "0371-66778899")]
    [InlineData("010-62345678", "010-62345678")]
    [InlineData("037166778899", "0371-66778899")]
    [InlineData("0371 6677 8899", "0371-66778899")]
    [InlineData("01062345678", "010-62345678")]
    [InlineData("0371-66778899-123", "0371-66778899-123")]
    public void Valid_numbers_normalise_to_one_form(string input, string expected)
    {
        var normalized = PhoneNumberRules.Normalize(input);
        Assert.Equal(expected, normalized);
        Assert.True(PhoneNumberRules.IsValid(normalized));
    }

    [Theory]
    [InlineData("1381234567")]      // 10 digits
    [InlineData("23812345678")]     // does not start with 1
    [InlineData("12812345678")]     // 12x is not a mobile range
    [InlineData("66778899")]        // landline without area code
    [InlineData("0371-1234567")]    // local numbers do not start with 1
    [InlineData("abc")]
    [InlineData("<script>")]
    public void Invalid_numbers_are_refused(string input) =>
        Assert.False(PhoneNumberRules.IsValid(PhoneNumberRules.Normalize(input)));

    [Theory]
    [InlineData("66778899", true)]
    [InlineData("6677889", true)]
    [InlineData("66778899-12", true)]
    [InlineData("16677889", false)]      // local numbers do not start with 0 or 1
    [InlineData("667788", false)]
    [InlineData("667788990", false)]
    [InlineData("0371-66778899", false)] // with its area code it is a full landline
    public void A_local_line_is_seven_or_eight_digits_and_still_not_enough_for_a_registration(string phone, bool local)
    {
        Assert.Equal(local, PhoneNumberRules.IsLocalLandline(PhoneNumberRules.Normalize(phone)));
        if (local)
            Assert.False(PhoneNumberRules.IsValid(PhoneNumberRules.Normalize(phone)));
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0371-66778899", "0371-****8899")]
    public void Numbers_are_masked_for_display(string phone, string masked) =>
        Assert.Equal(masked, PhoneMask.Mask(phone));
}
