using System.Text;
using QRCoder;

namespace Hotline.UserAccess.Profile;

/// <summary>What a user needs to add the hotline to an authenticator app: the key in readable groups and a QR code.</summary>
internal static class AuthenticatorSetup
{
    /// <summary>Shown by authenticator apps as the account's issuer.</summary>
    public const string Issuer = "12345热线";

    /// <summary>The Base32 key in lower-case groups of four, easier to type by hand than one long string.</summary>
    public static string FormatKey(string key)
    {
        var clean = key.Replace(" ", "").ToLowerInvariant();
        var result = new StringBuilder();
        for (var i = 0; i < clean.Length; i += 4)
        {
            if (i > 0)
                result.Append(' ');
            result.Append(clean.AsSpan(i, Math.Min(4, clean.Length - i)));
        }
        return result.ToString();
    }

    /// <summary>The Key URI Format authenticator apps read from the QR code.</summary>
    public static string OtpAuthUri(string userName, string key)
    {
        var issuer = Uri.EscapeDataString(Issuer);
        return $"otpauth://totp/{issuer}:{Uri.EscapeDataString(userName)}?secret={key.Replace(" ", "").ToUpperInvariant()}&issuer={issuer}&digits=6";
    }

    /// <summary>The QR code as a PNG data URI, so the static sign-in pages need no script to show it.</summary>
    public static string QrCodeDataUri(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(8);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
