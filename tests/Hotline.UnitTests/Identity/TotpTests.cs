using System.Text;
using Hotline.Platform.Identity;

namespace Hotline.UnitTests.Identity;

public sealed class TotpTests
{
    // RFC 6238 appendix B, SHA-1 secret "12345678901234567890"; 8-digit values truncated to 6 by the same modulus.
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Matches_the_RFC_6238_test_vectors(long unixSeconds, string expected)
    {
        var step = Totp.TimeStep(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));
        Assert.Equal(expected, Totp.Format(Totp.Compute(RfcKey, step, digits: 8), digits: 8));
        Assert.Equal(expected[2..], Totp.Format(Totp.Compute(RfcKey, step)));
    }

    [Fact]
    public void Base32_decodes_the_RFC_4648_example_ignoring_case_and_spaces()
    {
        Assert.Equal("foobar"u8.ToArray(), Base32.Decode("mzxw 6ytb oi======"));
    }

    [Fact]
    public void Base32_refuses_characters_outside_its_alphabet()
    {
        Assert.Throws<FormatException>(() => Base32.Decode("MZXW1"));
    }
}
