using Microsoft.AspNetCore.DataProtection;

namespace Hotline.Intake.Public;

/// <summary>
/// A small arithmetic question against scripted submissions. The answer travels back to the
/// browser only inside a protected token, with the time it was issued: too fast or too old fails.
/// </summary>
internal sealed class PublicChallenge(IDataProtectionProvider protection, TimeProvider clock)
{
    private static readonly TimeSpan MinimumFillTime = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaximumAge = TimeSpan.FromMinutes(30);
    private readonly IDataProtector _protector = protection.CreateProtector("Hotline.Intake.PublicChallenge");

    public (string Question, string Token) Issue()
    {
        var a = Random.Shared.Next(1, 10);
        var b = Random.Shared.Next(1, 10);
        var token = _protector.Protect($"{a + b}|{clock.GetUtcNow().UtcTicks}");
        return ($"{a} + {b} = ?", token);
    }

    public bool Verify(string? token, string? answer)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrWhiteSpace(answer))
            return false;
        string plain;
        try
        {
            plain = _protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
        var parts = plain.Split('|');
        if (parts.Length != 2 || !long.TryParse(parts[1], out var ticks))
            return false;
        var age = clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        return age >= MinimumFillTime && age <= MaximumAge && parts[0] == answer.Trim();
    }
}
