using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection;

namespace Hotline.Intake.Public;

/// <summary>
/// A small arithmetic question against scripted submissions. The answer travels back to the
/// browser only inside a protected token, with the time it was issued: too fast or too old fails.
/// Each token is good for one try, right or wrong: with 17 possible answers a reusable token could be
/// answered by trying them all.
/// </summary>
internal sealed class PublicChallenge(IDataProtectionProvider protection, TimeProvider clock)
{
    private static readonly TimeSpan MinimumFillTime = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaximumAge = TimeSpan.FromMinutes(30);
    private const int PruneEvery = 1000;
    private readonly IDataProtector _protector = protection.CreateProtector("Hotline.Intake.PublicChallenge");

    // Nonces of tokens already tried, until the token would have expired anyway (one server instance, like the limiters).
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new();
    private int _sincePrune;

    public (string Question, string Token) Issue()
    {
        var a = Random.Shared.Next(1, 10);
        var b = Random.Shared.Next(1, 10);
        var nonce = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var token = _protector.Protect($"{a + b}|{clock.GetUtcNow().UtcTicks}|{nonce}");
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
        if (parts.Length != 3 || !long.TryParse(parts[1], out var ticks))
            return false;
        var issued = new DateTimeOffset(ticks, TimeSpan.Zero);
        var now = clock.GetUtcNow();
        if (!Consume(parts[2], issued + MaximumAge, now))
            return false;
        var age = now - issued;
        return age >= MinimumFillTime && age <= MaximumAge && parts[0] == answer.Trim();
    }

    private bool Consume(string nonce, DateTimeOffset expires, DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _sincePrune) >= PruneEvery)
        {
            Interlocked.Exchange(ref _sincePrune, 0);
            foreach (var (key, until) in _used)
            {
                if (until < now)
                    _used.TryRemove(key, out _);
            }
        }
        return _used.TryAdd(nonce, expires);
    }
}
