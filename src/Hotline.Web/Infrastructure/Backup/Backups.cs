using System.IO.Compression;
using System.Reflection;

namespace Hotline.Web.Infrastructure.Backup;

/// <summary>Where an instance keeps what a backup carries: its database and its data directory.</summary>
internal sealed record BackupTarget(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public static BackupTarget Of(IServiceProvider services)
    {
        var hosting = services.GetRequiredService<HostingOptions>();
        var database = services.GetRequiredService<IConfiguration>().GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return new BackupTarget(database.Provider, PlatformServices.ResolveConnectionString(database, hosting), hosting.FullDataDirectory);
    }
}

/// <summary>
/// 备份与恢复. A backup is the database (consistent while the app runs) and the data directory's attachments, sign-in
/// keys and exports in one ZIP with a manifest of hashes; the search indexes are left out (the app rebuilds them at
/// start). A restore checks the whole file first and writes only into an empty database and an empty data directory.
/// </summary>
internal static class Backups
{
    /// <summary>The data directory's folders a backup carries (not the rebuildable indexes, not the backups themselves).</summary>
    public static readonly string[] DataFolders = ["uploads", "keys", "exports", "case-exports"];

    public static string FileName(DateTime atUtc) => $"hotline-backup-{atUtc:yyyyMMdd-HHmmss}.zip";

    public static async Task<(string Path, BackupManifest Manifest)> CreateAsync(BackupTarget source, string directory, DateTime nowUtc,
        CancellationToken ct = default)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(nowUtc));
        var part = path + ".part";
        var work = Directory.CreateTempSubdirectory("hotline-backup-").FullName;
        try
        {
            var database = DatabaseCopy.For(source.Provider, source.ConnectionString);
            var dump = Path.Combine(work, database.FileName);
            await database.ExportAsync(dump, ct);
            BackupManifest manifest;
            // It holds personal data and the sign-in keys: readable by the service user only.
            var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using (var stream = new FileStream(part, create))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                var entries = new List<BackupEntry> { await BackupFile.AddAsync(zip, $"database/{database.FileName}", dump, ct) };
                foreach (var file in DataFiles(source.DataDirectory))
                    entries.Add(await BackupFile.AddAsync(zip, "data/" + Path.GetRelativePath(source.DataDirectory, file).Replace('\\', '/'), file, ct));
                manifest = new BackupManifest(BackupFile.Format, nowUtc, source.Provider.ToString(), AppVersion, entries);
                await BackupFile.WriteManifestAsync(zip, manifest, ct);
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
