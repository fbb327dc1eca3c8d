namespace Hotline.Web.Infrastructure.Backup;

/// <summary>
/// <c>dotnet Hotline.Web.dll backup [--to DIR]</c> (default <c>&lt;data directory&gt;/backups</c>; on a server a directory on
/// another disk, copied off-site) and <c>dotnet Hotline.Web.dll restore [--from] FILE</c> into an empty instance (a new empty
/// database and data directory, configured as the app will run; start the app afterwards). With <c>Backup:KeyFile</c> set
/// the backup is encrypted, and an encrypted one is restored with that key. Exit code 0, or 2 with the reason.
/// A relative path is the caller's: the <c>hotline</c> wrapper changes into the app's directory and passes the directory it
/// was called from in <c>HOTLINE_CALLER_DIRECTORY</c>.
/// </summary>
internal static class BackupCommands
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    public static async Task<int> BackupAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct = default)
    {
        var target = BackupTarget.Of(services);
        var directory = Option(args, "--to") is { } to ? CallerPath(to) : Path.Combine(target.DataDirectory, "backups");
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        try
        {
            var (path, manifest) = await Backups.CreateAsync(target, directory, now, ct);
            var bytes = new FileInfo(path).Length;
            output.WriteLine($"备份完成：{path}（数据库及 {manifest.Files.Count - 1} 个文件，{bytes / 1024.0 / 1024.0:N1} MB" +
                             (target.KeyFile is null ? "，未加密：复制出服务器前请自行加密，或设置 Backup:KeyFile）" : "，已加密；恢复时需要同一密钥文件）"));
            await BackupHistory.RecordAsync(services, new LastBackup(now, path, bytes), ct);
            foreach (var expired in BackupRotation.Expired(Directory.EnumerateFiles(directory, BackupRotation.Pattern), now))
            {
                File.Delete(expired);
                output.WriteLine($"按保留规则（每日 7 份、每周 4 份、每月 12 份）删除：{Path.GetFileName(expired)}");
            }
            return 0;
        }
        catch (BackupException ex)
        {
            output.WriteLine($"备份失败：{ex.Message}");
            return 2;
        }
    }

    public static async Task<int> RestoreAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct = default)
    {
        if ((Option(args, "--from") ?? Positional(args)) is not { } file)
        {
            output.WriteLine("用法：hotline restore 备份文件（.zip 或加密的 .zip.enc；或 dotnet Hotline.Web.dll restore --from 备份文件）");
            return 2;
        }
        try
        {
            var manifest = await Backups.RestoreAsync(BackupTarget.Of(services), CallerPath(file), ct);
            output.WriteLine($"恢复完成：{manifest.CreatedAtUtc:yyyy-MM-dd HH:mm:ss} UTC 的备份（{manifest.Provider}，数据库及 {manifest.Files.Count - 1} 个文件，" +
                             "已逐一核对哈希）。现在可以启动应用；检索索引会在启动时重建。");
            return 0;
        }
        catch (BackupException ex)
        {
            output.WriteLine($"恢复失败：{ex.Message}");
            return 2;
        }
    }

    internal const string CallerDirectoryVariable = "HOTLINE_CALLER_DIRECTORY";

    internal static string CallerPath(string path) =>
        Path.GetFullPath(path, Environment.GetEnvironmentVariable(CallerDirectoryVariable) is { Length: > 0 } caller ? caller : Directory.GetCurrentDirectory());

    /// <summary>The first argument that is neither the command, an option nor an option's value.</summary>
    private static string? Positional(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
                i++;
            else if (args[i] is not (Backup or Restore))
                return args[i];
        }
        return null;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
