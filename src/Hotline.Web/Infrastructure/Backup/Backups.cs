using System.IO.Compression;
using System.Reflection;

namespace Hotline.Web.Infrastructure.Backup;

/// <summary>Where an instance keeps what a backup carries: its database and its data directory.</summary>
/// <param name="KeyFile"><c>Backup:KeyFile</c>: backups are encrypted with its secret, and encrypted ones restored with it.</param>
internal sealed record BackupTarget(DatabaseProvider Provider, string ConnectionString, string DataDirectory, string? KeyFile = null)
{
    public static BackupTarget Of(IServiceProvider services)
    {
        var hosting = services.GetRequiredService<HostingOptions>();
        var configuration = services.GetRequiredService<IConfiguration>();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var backup = configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
        return new BackupTarget(database.Provider, PlatformServices.ResolveConnectionString(database, hosting), hosting.FullDataDirectory,
            string.IsNullOrWhiteSpace(backup.KeyFile) ? null : backup.KeyFile);
    }
}

/// <summary>
/// 备份与恢复. A backup is the database (consistent while the app runs) and the data directory's attachments, sign-in
/// keys and exports in one ZIP with a manifest of hashes; the search indexes are left out (the app rebuilds them at
/// start). With <c>Backup:KeyFile</c> the ZIP is written encrypted (<see cref="BackupCipher"/>, <c>.zip.enc</c>).
/// A restore decrypts and checks the whole file first and writes only into an empty database and an empty data directory.
/// </summary>
internal static class Backups
{
    /// <summary>The data directory's folders a backup carries (not the rebuildable indexes, not the backups themselves).</summary>
    public static readonly string[] DataFolders = ["uploads", "keys", "exports", "case-exports"];

    public const string EncryptedSuffix = ".enc";

    public static string FileName(DateTime atUtc, bool encrypted = false) =>
        $"hotline-backup-{atUtc:yyyyMMdd-HHmmss}.zip" + (encrypted ? EncryptedSuffix : "");

    public static async Task<(string Path, BackupManifest Manifest)> CreateAsync(BackupTarget source, string directory, DateTime nowUtc,
        CancellationToken ct = default)
    {
        // A key file that cannot be used stops the backup before any work: never a plain backup in its place.
        var key = source.KeyFile is null ? null : BackupKey.Load(source.KeyFile);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(nowUtc, encrypted: key is not null));
        var part = path + ".part";
        var work = Directory.CreateTempSubdirectory("hotline-backup-").FullName;
        try
        {
            var database = DatabaseCopy.For(source.Provider, source.ConnectionString);
            var dump = Path.Combine(work, database.FileName);
            await database.ExportAsync(dump, ct);
            BackupManifest manifest;
            await using (var stream = new FileStream(part, PrivateFile))
            {
                await using var encrypting = key is null ? null : await BackupCipher.BeginAsync(stream, key, ct);
                using (var zip = new ZipArchive((Stream?)encrypting ?? stream, ZipArchiveMode.Create, leaveOpen: true))
                {
                    var entries = new List<BackupEntry> { await BackupFile.AddAsync(zip, $"database/{database.FileName}", dump, ct) };
                    foreach (var file in DataFiles(source.DataDirectory))
                        entries.Add(await BackupFile.AddAsync(zip, "data/" + Path.GetRelativePath(source.DataDirectory, file).Replace('\\', '/'), file, ct));
                    manifest = new BackupManifest(BackupFile.Format, nowUtc, source.Provider.ToString(), AppVersion, entries);
                    await BackupFile.WriteManifestAsync(zip, manifest, ct);
                }
                if (encrypting is not null)
                    await encrypting.CompleteAsync(ct);
            }
            File.Move(part, path, overwrite: true);
            return (path, manifest);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            File.Delete(part);
        }
    }

    public static async Task<BackupManifest> RestoreAsync(BackupTarget target, string file, CancellationToken ct = default)
    {
        if (!File.Exists(file))
            throw new BackupException($"找不到备份文件 {file}。");
        if (!BackupCipher.IsEncrypted(file))
            return await RestoreZipAsync(target, file, ct);
        if (target.KeyFile is null)
            throw new BackupException($"{Path.GetFileName(file)} 是加密的备份：请把生成它时的密钥文件复制到本机（chmod 600），并在配置中设置 Backup:KeyFile 指向它。");
        var key = BackupKey.Load(target.KeyFile);
        // The whole file is opened, every chunk's tag checked, before the ZIP is read: nothing is written from a bad file.
        var work = Directory.CreateTempSubdirectory("hotline-restore-").FullName;
        try
        {
            var zip = Path.Combine(work, "backup.zip");
            await using (var input = File.OpenRead(file))
            await using (var output = new FileStream(zip, PrivateFile))
                await BackupCipher.DecryptAsync(input, output, key, ct);
            return await RestoreZipAsync(target, zip, ct);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<BackupManifest> RestoreZipAsync(BackupTarget target, string file, CancellationToken ct)
    {
        await using var stream = File.OpenRead(file);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var manifest = await BackupFile.VerifyAsync(zip, ct);
        if (manifest.Provider != target.Provider.ToString())
            throw new BackupException($"这是 {manifest.Provider} 数据库的备份，当前配置的数据库是 {target.Provider}：请恢复到同一种数据库。");
        var database = DatabaseCopy.For(target.Provider, target.ConnectionString);
        var dump = zip.GetEntry($"database/{database.FileName}") ?? throw new BackupException("备份文件中没有数据库。");
        if (!await database.IsEmptyAsync(ct))
            throw new BackupException("目标数据库不是空的：恢复只写入新建的空数据库（建好空库后先恢复，再启动应用）。");
        var dataDirectory = Path.GetFullPath(target.DataDirectory);
        if (DataFiles(dataDirectory).FirstOrDefault() is { } present)
            throw new BackupException($"数据目录不是空的（已有 {Path.GetRelativePath(dataDirectory, present)}）：恢复只写入新的空数据目录。");
        var files = zip.Entries.Where(e => e.FullName.StartsWith("data/", StringComparison.Ordinal)).Select(e => (Entry: e,
            Destination: Path.GetFullPath(Path.Combine(dataDirectory, e.FullName["data/".Length..])))).ToList();
        if (files.FirstOrDefault(f => !f.Destination.StartsWith(dataDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)) is { Entry: { } outside })
            throw new BackupException($"备份中的 {outside.FullName} 指向数据目录之外：拒绝恢复。");

        foreach (var (entry, destination) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            await using var input = entry.Open();
            await using var output = File.Create(destination);
            await input.CopyToAsync(output, ct);
        }
        ProtectKeys(Path.Combine(dataDirectory, "keys"));
        var work = Directory.CreateTempSubdirectory("hotline-restore-").FullName;
        try
        {
            var copy = Path.Combine(work, database.FileName);
            await using (var input = dump.Open())
            await using (var output = File.Create(copy))
                await input.CopyToAsync(output, ct);
            await database.ImportAsync(copy, ct);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        return manifest;
    }

    /// <summary>A new file readable by the service user only: a backup holds personal data and the sign-in keys.</summary>
    private static FileStreamOptions PrivateFile
    {
        get
        {
            var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            return create;
        }
    }

    private static IEnumerable<string> DataFiles(string dataDirectory) => DataFolders
        .Select(folder => Path.Combine(dataDirectory, folder))
        .Where(Directory.Exists)
        .SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        // Unfinished uploads and exports are not files anyone can use.
        .Where(f => !f.EndsWith(".part", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("tmp-", StringComparison.Ordinal));

    /// <summary>The sign-in keys as the app keeps them: the directory 0700, its files 0600.</summary>
    private static void ProtectKeys(string keys)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(keys))
            return;
        File.SetUnixFileMode(keys, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var file in Directory.EnumerateFiles(keys))
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static string AppVersion =>
        typeof(Backups).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
}
