using System.Security.Cryptography;
using System.Text;

namespace Hotline.Web.Infrastructure.Backup;

/// <summary>Bound from the <c>Backup</c> configuration section.</summary>
internal sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>A file (0600) holding the secret backups are encrypted with; without it backups are plain ZIPs.</summary>
    public string? KeyFile { get; set; }
}

/// <summary>
/// The secret of <c>Backup:KeyFile</c>: the installer's random key (32 bytes, base64) or an operator's passphrase, used
/// as text either way so that one KDF serves both. The secret stays in this object: no message or log carries it.
/// </summary>
internal sealed class BackupKey
{
    public const int MinLength = 16;

    /// <summary>PBKDF2-SHA256 rounds: slows guessing a passphrase; a random key does not need it but costs well under a second.</summary>
    public const int Iterations = 600_000;

    private readonly byte[] _secret;

    private BackupKey(string secret) => _secret = Encoding.UTF8.GetBytes(secret);

    /// <summary>Reads and checks the key file; a missing, exposed or too short one is refused with the file named.</summary>
    public static BackupKey Load(string path)
    {
        path = Path.GetFullPath(path);
        if (!File.Exists(path))
            throw new BackupException($"找不到备份密钥文件 {path}（Backup:KeyFile）。");
        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & others) != 0)
            throw new BackupException($"备份密钥文件 {path} 可被同组或其他用户访问：请改为只有服务用户可读写（chmod 600 {path}）。");
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (UnauthorizedAccessException)
        {
            throw new BackupException($"无权读取备份密钥文件 {path}：请以服务用户运行（hotline 命令即是）。");
        }
        // An editor's or echo's line end is not part of the secret.
        var secret = text.TrimEnd('\r', '\n');
        if (secret.Length < MinLength)
            throw new BackupException($"备份密钥文件 {path} 中的密钥不足 {MinLength} 个字符：请使用安装脚本生成的随机密钥，或至少 {MinLength} 个字符的口令。");
        return new BackupKey(secret);
    }

    /// <summary>For tests: a key from the secret itself.</summary>
    internal static BackupKey FromSecret(string secret) => new(secret);

    /// <summary>The AES-256 key of one backup file, from the secret and that file's random salt.</summary>
    public byte[] Derive(ReadOnlySpan<byte> salt) => Rfc2898DeriveBytes.Pbkdf2(_secret, salt, Iterations, HashAlgorithmName.SHA256, 32);

    public override string ToString() => nameof(BackupKey);
}
