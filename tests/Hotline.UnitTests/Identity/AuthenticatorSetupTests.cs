using Hotline.Platform.Identity;

namespace Hotline.UnitTests.Identity;

public sealed class AuthenticatorSetupTests
{
    [Fact]
    public void Key_is_shown_in_lower_case_groups_of_four()
    {
        Assert.Equal("abcd efgh ijkl mnop qr", AuthenticatorSetup.FormatKey("ABCDEFGHIJKLMNOPQR"));
        Assert.Equal("abcd efgh", AuthenticatorSetup.FormatKey("ABCDEFGH"));
    }

    [Fact]
    public void Otpauth_uri_names_the_hotline_and_the_user_and_carries_the_key()
    {
        var uri = AuthenticatorSetup.OtpAuthUri("zjj.mgr", "abcd efgh");
        var issuer = Uri.EscapeDataString(AuthenticatorSetup.Issuer);
        Assert.Equal($"otpauth://totp/{issuer}:zjj.mgr?secret=ABCDEFGH&issuer={issuer}&digits=6", uri);
    }

    [Fact]
    public void Qr_code_is_an_inline_png()
    {
        var dataUri = AuthenticatorSetup.QrCodeDataUri(AuthenticatorSetup.OtpAuthUri("admin", "ABCDEFGHIJKLMNOP"));
        const string prefix = "data:image/png;base64,";
        Assert.StartsWith(prefix, dataUri);
        var png = Convert.FromBase64String(dataUri[prefix.Length..]);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Fact]
    public void A_code_computed_from_the_shown_key_is_the_one_the_app_shows()
    {
        // The formatted key (as a user types it) decodes to the same secret as the raw one.
        const string key = "JBSWY3DPEHPK3PXP";
        var at = new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);
        Assert.Equal(Totp.CodeAt(key, at), Totp.CodeAt(AuthenticatorSetup.FormatKey(key), at));
    }
}
