using Hotline.Intake.Domain;

namespace Hotline.UnitTests.Intake;

public sealed class CaseNumberFormatTests
{
    [Fact]
    public void Number_is_prefix_date_and_four_digit_sequence()
    {
        Assert.Equal("QH202611250001", CaseNumberFormat.Format("QH", new DateOnly(2026, 11, 25), 1));
        Assert.Equal("QH202611250123", CaseNumberFormat.Format("QH", new DateOnly(2026, 11, 25), 123));
    }

    [Fact]
    public void Sequence_beyond_four_digits_keeps_growing_instead_of_wrapping()
    {
        Assert.Equal("QH2026112510000", CaseNumberFormat.Format("QH", new DateOnly(2026, 11, 25), 10000));
    }

    [Theory]
    [InlineData("QH", true)]
    [InlineData("ABCDEF", true)]
    [InlineData("", false)]
    [InlineData("qh", false)]
    [InlineData("ABCDEFG", false)]
    [InlineData("Q1", false)]
    [InlineData(null, false)]
    public void Prefix_must_be_upper_case_letters(string? prefix, bool valid) =>
        Assert.Equal(valid, CaseNumberFormat.IsValidPrefix(prefix));
}
