using System.Diagnostics;
using Hotline.Web.Infrastructure.Backup;

namespace Hotline.Web.Infrastructure.Monitoring;

/// <summary>What the administrator's 运行状态 page and the metrics show: the database, event delivery, disk, backup, this node.</summary>
internal sealed record OperationsSnapshot(
    DateTime AtUtc,
    DatabaseProvider Provider,
    string? DatabaseError,
    int PendingEvents,
    TimeSpan OutboxLag,
    int FailedEvents,
    string DataDirectory,
    long DiskFreeBytes,
    long DiskTotalBytes,
    LastBackup? LastBackup,
    bool BackupStale,
    string Node,
    DateTime StartedAtUtc,
    long WorkingSetBytes,
    int OpenCircuits)
{
    public double DiskUsedShare => DiskTotalBytes > 0 ? 1 - (double)DiskFreeBytes / DiskTotalBytes : 0;
}

internal sealed class OperationsProbe(PlatformDbContext db, DatabaseOptions database, HostingOptions hosting, OpenCircuits circuits, TimeProvider clock)
{
    private static readonly DateTime StartedAtUtc = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    public async Task<OperationsSnapshot> ReadAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        string? databaseError = null;
        var outbox = new OutboxBacklog(0, TimeSpan.Zero, 0);
        LastBackup? backup = null;
        try
        {
            outbox = await OutboxBacklog.ReadAsync(db, now, ct);
            backup = await BackupHistory.LastAsync(db, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            databaseError = ex.GetBaseException().Message;
        }
        var drive = new DriveInfo(hosting.FullDataDirectory);
        using var process = Process.GetCurrentProcess();
        return new OperationsSnapshot(now, database.Provider, databaseError, outbox.Pending, outbox.Lag,
            outbox.Failed, hosting.FullDataDirectory, drive.AvailableFreeSpace, drive.TotalSize, backup, BackupHistory.IsStale(backup, now),
            Environment.MachineName, StartedAtUtc, process.WorkingSet64, circuits.Count);
    }
}
