using Microsoft.Extensions.Configuration.KeyPerFile;

namespace Hotline.Web.Infrastructure.Security;

/// <summary>
/// Secrets (the connection string with its password, the SMS gateway's key, the initial administrator's password) kept
/// out of unit files and process listings: one file per setting in a directory, the file named like the environment
/// variable (<c>Database__ConnectionString</c>) and holding the value. A file anyone but its owner may read is refused.
/// </summary>
internal static class SecretFiles
{
    public const string DirectoryKey = "Hotline:SecretsDirectory";

    public static void Add(ConfigurationManager configuration)
    {
        var directory = configuration[DirectoryKey];
        if (string.IsNullOrWhiteSpace(directory))
            return;
        directory = Path.GetFullPath(directory);
        if (!Directory.Exists(directory))
            throw new InvalidOperationException($"{DirectoryKey} names {directory}, which does not exist.");
        var exposed = ExposedFiles(directory);
        if (exposed.Count > 0)
            throw new InvalidOperationException(
                $"Secret files must be readable by their owner only (chmod 600): {string.Join(", ", exposed)}. 机密文件只能由所有者读取（chmod 600）。");
        configuration.AddKeyPerFile(source =>
        {
            source.FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(directory);
            source.Optional = false;
            source.IgnoreCondition = name => name.StartsWith('.');
        });
    }

    private static List<string> ExposedFiles(string directory)
    {
        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        var exposed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            var name = Path.GetFileName(file);
            if (!OperatingSystem.IsWindows() && !name.StartsWith('.') && (File.GetUnixFileMode(file) & others) != 0)
                exposed.Add(name);
        }
        return exposed;
    }
}
