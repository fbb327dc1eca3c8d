using Hotline.Intake.PhoneCalls;
using Hotline.Platform;
using Hotline.Platform.Identity;

namespace Hotline.UnitTests.Intake;

public sealed class PhoneCallInputTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("SIM-20261204-ABCDEF")]
    [InlineData("pbx.node1:call_42-7")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")] // 64
    public void Call_ids_of_the_allowed_shape_pass_unchanged(string callId) =>
        Assert.Equal(callId, PhoneCallInput.CallId(callId));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("call/1")]
    [InlineData("来电1")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")] // 65
    public void Other_call_ids_are_refused_in_chinese(string? callId)
    {
        var error = Assert.Throws<BusinessRuleException>(() => PhoneCallInput.CallId(callId));
        Assert.Equal(PhoneCallInput.CallIdMessage, error.Message);
    }

    [Theory]
    [InlineData("138 0000 1111", "13800001111")]
    [InlineData("+8613800001111", "13800001111")]
    [InlineData("0371-66778899", "0371-66778899")]
    public void Callers_are_normalised_as_registration_does(string phone, string expected) =>
        Assert.Equal(expected, PhoneCallInput.Caller(phone));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("anonymous")]
    [InlineData("Anonymous")]
    [InlineData("unknown")]
    [InlineData("PRIVATE")]
    [InlineData("restricted")]
    public void A_withheld_number_pops_with_no_number(string? phone) =>
        Assert.Equal("", PhoneCallInput.Caller(phone));

    [Theory]
    [InlineData("6677889", "6677889")]
    [InlineData("66778899", "66778899")]
    [InlineData("6677 8899", "66778899")]
    [InlineData("66778899-12", "66778899-12")]
    public void A_local_fixed_line_without_area_code_is_kept_as_given(string phone, string expected) =>
        Assert.Equal(expected, PhoneCallInput.Caller(phone));

    [Theory]
    [InlineData("abc")]
    [InlineData("not-a-phone")]
    [InlineData("12345")]
    [InlineData("123456789")]
    [InlineData("06677889")]
    [InlineData("6677889a")]
    [InlineData("1234567890123456789012345678901234567890")]
    public void A_caller_that_is_no_phone_number_is_refused(string? phone) =>
        Assert.Equal(PhoneCallInput.CallerMessage, Assert.Throws<BusinessRuleException>(() => PhoneCallInput.Caller(phone)).Message);

    [Theory]
    [InlineData("8")]
    [InlineData("8001")]
    [InlineData("1234567890123456")]
    public void Extensions_are_one_to_sixteen_digits(string extension) =>
        Assert.Equal(extension, PhoneCallInput.Extension(extension));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" 8001")]
    [InlineData("80a1")]
    [InlineData("12345678901234567")]
    public void Other_extensions_are_refused(string? extension) =>
        Assert.Equal(PhoneExtension.FormatMessage, Assert.Throws<BusinessRuleException>(() => PhoneCallInput.Extension(extension)).Message);

    [Theory]
    [InlineData(0)]
    [InlineData(86_400)]
    public void Durations_from_zero_to_a_day_pass(int seconds) => Assert.Equal(seconds, PhoneCallInput.Duration(seconds));

    [Theory]
    [InlineData(-1)]
    [InlineData(86_401)]
    public void Negative_or_overlong_durations_are_refused(int seconds) =>
        Assert.Throws<BusinessRuleException>(() => PhoneCallInput.Duration(seconds));

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData(" 8001 ", "8001")]
    public void A_profile_extension_is_trimmed_and_blank_means_none(string? input, string? expected) =>
        Assert.Equal(expected, PhoneExtension.Normalize(input));

    [Fact]
    public void A_profile_extension_with_letters_is_refused() =>
        Assert.Throws<BusinessRuleException>(() => PhoneExtension.Normalize("8001#"));
}
