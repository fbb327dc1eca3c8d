namespace Hotline.Platform.Notifications;

/// <summary>A staff member's in-app messages, read by the shell's badge.</summary>
public sealed class InAppInbox(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock)
{
    public async Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Mine(db, userId).CountAsync(n => n.ReadAtUtc == null, cancellationToken);
    }

    public async Task<List<Notification>> LatestAsync(string userId, int take = 10, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Mine(db, userId).OrderByDescending(n => n.CreatedAtUtc).Take(take).AsNoTracking().ToListAsync(cancellationToken);
    }

    public async Task MarkAllReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await Mine(db, userId).Where(n => n.ReadAtUtc == null).ToListAsync(cancellationToken);
        foreach (var n in unread)
            n.ReadAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Marks one of the user's own messages read; another user's message id changes nothing.</summary>
    public async Task MarkReadAsync(string userId, Guid notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var n = await Mine(db, userId).SingleOrDefaultAsync(x => x.Id == notificationId && x.ReadAtUtc == null, cancellationToken);
        if (n is null)
            return;
        n.ReadAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    // Only messages the sender has delivered are shown, so the badge never runs ahead of the outbox.
    private static IQueryable<Notification> Mine(PlatformDbContext db, string userId) =>
        db.Notifications.Where(n => n.Channel == NotificationChannel.InApp && n.Recipient == userId && n.Status == NotificationStatus.Sent);
}
