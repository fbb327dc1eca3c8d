using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Hotline.Platform.Downloads;

/// <summary>A file handed from a circuit to the browser's own HTTP request: for one user, once, within a minute.</summary>
public sealed record DownloadTicket(string UserId, string FileName, string ContentType, byte[] Content, DateTime ExpiresAtUtc);

/// <summary>
/// Uploaded material is served over a plain HTTP response (not a script-made blob), so the browser gets
/// <c>Content-Disposition: attachment</c> and <c>X-Content-Type-Options: nosniff</c> and never renders it. The circuit
/// has already checked access and written the audit entry; the ticket only carries the bytes to that user's browser.
/// </summary>
public sealed class DownloadTickets(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DownloadTicket> _tickets = new();

    public string Issue(string userId, string fileName, string contentType, byte[] content)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (key, stale) in _tickets)
        {
            if (stale.ExpiresAtUtc <= now)
                _tickets.TryRemove(key, out _);
        }
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        _tickets[id] = new DownloadTicket(userId, fileName, contentType, content, now + Lifetime);
        return id;
    }

    /// <returns>The ticket when it exists, is unexpired and belongs to <paramref name="userId"/>; it is used up either way once found for its owner.</returns>
    public DownloadTicket? Redeem(string id, string? userId)
    {
        if (userId is null || !_tickets.TryGetValue(id, out var ticket) || ticket.UserId != userId)
            return null;
        _tickets.TryRemove(id, out _);
        return ticket.ExpiresAtUtc > clock.GetUtcNow().UtcDateTime ? ticket : null;
    }
}
