using System.Text.Json;
using Hotline.Platform.Settings;

namespace Hotline.Web.Infrastructure.Backup;

/// <summary>The last backup taken, kept in the database so that every app node's 运行状态 page and metrics know it.</summary>
internal sealed record LastBackup(DateTime AtUtc, string File, long Bytes);

internal static class BackupHistory
{
    /// <summary>A nightly backup missed once (plus two hours of slack) is worth a warning.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(26);

    private const string Key = "operations.last-backup";

    public static async Task RecordAsync(IServiceProvider services, LastBackup backup, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var setting = await db.Settings.FindAsync([Key], ct);
        if (setting is null)
            db.Settings.Add(setting = new SystemSetting { Key = Key });
        setting.Value = JsonSerializer.Serialize(backup);
        setting.UpdatedAtUtc = backup.AtUtc;
        db.Audit(Actor.System, clock, "数据备份", "Backup", Path.GetFileName(backup.File), $"{backup.Bytes / 1024.0 / 1024.0:N1} MB");
        await db.SaveChangesAsync(ct);
    }

    public static async Task<LastBackup?> LastAsync(PlatformDbContext db, CancellationToken ct)
    {
        var value = await db.Settings.AsNoTracking().Where(s => s.Key == Key).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return value is null ? null : JsonSerializer.Deserialize<LastBackup>(value);
    }

    public static bool IsStale(LastBackup? backup, DateTime nowUtc) => backup is null || nowUtc - backup.AtUtc > StaleAfter;
}
