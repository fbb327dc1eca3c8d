using System.Diagnostics;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace Hotline.Web.Infrastructure.Backup;

/// <summary>The database's part of a backup: a consistent copy taken while the app runs, and its way back into an empty database.</summary>
internal abstract class DatabaseCopy
{
    /// <summary>The file's name under <c>database/</c> in the backup.</summary>
    public abstract string FileName { get; }

    public abstract Task ExportAsync(string destination, CancellationToken ct);

    /// <summary>True when the target holds no tables: a restore never writes over a database in use.</summary>
    public abstract Task<bool> IsEmptyAsync(CancellationToken ct);

    public abstract Task ImportAsync(string source, CancellationToken ct);

    public static DatabaseCopy For(DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.MySql ? new MariaDbCopy(connectionString) : new SqliteCopy(connectionString);
}

/// <summary>SQLite's online backup: pages copied from a live connection, so writers may go on meanwhile.</summary>
internal sealed class SqliteCopy(string connectionString) : DatabaseCopy
{
    private readonly string _path = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    public override string FileName => "hotline.db";

    public override async Task ExportAsync(string destination, CancellationToken ct)
    {
        await using var source = new SqliteConnection(connectionString);
        await source.OpenAsync(ct);
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        await target.OpenAsync(ct);
        source.BackupDatabase(target);
    }

    public override async Task<bool> IsEmptyAsync(CancellationToken ct)
    {
        if (!File.Exists(_path))
            return true;
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct)) == 0;
    }

    public override Task ImportAsync(string source, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        foreach (var leftover in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(leftover);
        File.Copy(source, _path);
        return Task.CompletedTask;
    }
}

/// <summary>
/// MariaDB/MySQL through the server's own client tools (package mariadb-client): <c>mariadb-dump --single-transaction</c>
/// for a consistent dump without locking the app out, <c>mariadb</c> to load it. The password goes to the tools in an
/// option file only this user can read, never on a command line.
/// </summary>
internal sealed class MariaDbCopy(string connectionString) : DatabaseCopy
{
    private readonly MySqlConnectionStringBuilder _settings = new(connectionString);

    public override string FileName => "hotline.sql";

    public override Task ExportAsync(string destination, CancellationToken ct) =>
        RunAsync(Tool("mariadb-dump", "mysqldump"), ["--single-transaction", "--quick", "--routines", "--triggers", "--hex-blob", "--no-tablespaces",
            "--default-character-set=utf8mb4", $"--result-file={destination}", _settings.Database], input: null, ct);

    public override async Task<bool> IsEmptyAsync(CancellationToken ct)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct)) == 0;
    }

    public override Task ImportAsync(string source, CancellationToken ct) =>
        RunAsync(Tool("mariadb", "mysql"), ["--default-character-set=utf8mb4", _settings.Database], input: source, ct);

    // The installer connects over the server's Unix socket (Server=/run/mysqld/mysqld.sock), tests and remote servers over TCP.
    private string Endpoint() =>
        _settings.ConnectionProtocol == MySqlConnector.MySqlConnectionProtocol.UnixSocket || _settings.Server.StartsWith('/')
            ? $"socket={_settings.Server}"
            : $"host={_settings.Server}\nport={_settings.Port}";

    private async Task RunAsync(string tool, IReadOnlyList<string> arguments, string? input, CancellationToken ct)
    {
        var options = Path.Combine(Path.GetTempPath(), $"hotline-client-{Guid.NewGuid():N}.cnf");
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using (var writer = new StreamWriter(options, create))
                await writer.WriteAsync($"[client]\n{Endpoint()}\nuser={_settings.UserID}\npassword=\"{Escape(_settings.Password)}\"\n");
            var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardInput = input is not null, UseShellExecute = false };
            // The option file must come first.
            start.ArgumentList.Add($"--defaults-extra-file={options}");
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new BackupException($"无法启动 {tool}。");
            var errors = process.StandardError.ReadToEndAsync(ct);
            if (input is not null)
            {
                await using (var source = File.OpenRead(input))
                    await source.CopyToAsync(process.StandardInput.BaseStream, ct);
                process.StandardInput.Close();
            }
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
                throw new BackupException($"{tool} 失败（退出码 {process.ExitCode}）：{(await errors).Trim()}");
        }
        finally
        {
            File.Delete(options);
        }
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"");

    private static string Tool(params string[] names) =>
        names.Select(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists))
            .FirstOrDefault(path => path is not null)
        ?? throw new BackupException($"找不到 {names[0]}：请先安装数据库客户端（apt install mariadb-client）。");
}
