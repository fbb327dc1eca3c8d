using System.Security.Cryptography;
using Hotline.Web.Infrastructure.Backup;

namespace Hotline.IntegrationTests.Operations;

/// <summary>The encrypted backup's chunk format and its key file, without a database.</summary>
public sealed class BackupCipherTests
{
    private const int Chunk = BackupCipher.ChunkSize;
    private static readonly int Header = BackupCipher.HeaderSize + BackupCipher.TagSize;
    private static readonly BackupKey Key = BackupKey.FromSecret("0123456789abcdef-test-key");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Chunk)]
    [InlineData(Chunk + 1)]
    [InlineData(3 * Chunk - 5)]
    public async Task What_is_sealed_opens_to_the_same_bytes_in_chunks_of_a_fixed_size(int size)
    {
        var plain = RandomNumberGenerator.GetBytes(size);

        var sealedBytes = await SealAsync(plain, writes: 7919);

        // One tag per chunk; a length that is a whole number of chunks has no empty chunk after it (except nothing at all).
        var chunks = Math.Max(1, (size + Chunk - 1) / Chunk);
        Assert.Equal(Header + size + chunks * BackupCipher.TagSize, sealedBytes.Length);
        Assert.Equal(plain, await OpenAsync(sealedBytes, Key));
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, sealedBytes);
        Assert.True(BackupCipher.IsEncrypted(path));
        await File.WriteAllBytesAsync(path, plain);
        Assert.False(BackupCipher.IsEncrypted(path));
        File.Delete(path);
    }

    [Fact]
    public async Task Chunks_moved_dropped_added_or_changed_are_refused_as_is_a_wrong_key()
    {
        var sealedBytes = await SealAsync(RandomNumberGenerator.GetBytes(2 * Chunk + 100), writes: 1);
        const int whole = Chunk + BackupCipher.TagSize;
        byte[] Part(int chunk) => sealedBytes.Skip(Header + chunk * whole).Take(whole).ToArray();
        var head = sealedBytes[..Header];

        Assert.Contains("第 1 块", await RefusedAsync([.. head, .. Part(1), .. Part(0), .. Part(2)]));
        Assert.Contains("第 2 块", await RefusedAsync([.. head, .. Part(0), .. Part(1)]));
        Assert.Contains("第 3 块", await RefusedAsync([.. sealedBytes, .. Part(1)]));
        Assert.Contains("第 3 块", await RefusedAsync([.. sealedBytes, 0]));
        Assert.Contains("第 3 块", await RefusedAsync(sealedBytes[..^1]));
        var flipped = (byte[])sealedBytes.Clone();
        flipped[Header + Chunk + 12345] ^= 0x80;
        Assert.Contains("第 2 块", await RefusedAsync(flipped));
        var salt = (byte[])sealedBytes.Clone();
        salt[10] ^= 0x01;
        Assert.Contains("密钥与此备份不符", await RefusedAsync(salt));
        Assert.Contains("密钥与此备份不符", await RefusedAsync(sealedBytes, BackupKey.FromSecret("another key of enough length")));
        Assert.Contains("不完整", await RefusedAsync(sealedBytes[..(Header - 1)]));
    }

    [Fact]
    public void A_key_file_missing_readable_by_others_or_too_short_is_refused_naming_the_file()
    {
        var directory = Directory.CreateTempSubdirectory("hotline-backup-key-").FullName;
        var missing = Path.Combine(directory, "absent.key");
        Assert.Contains(missing, Assert.Throws<BackupException>(() => BackupKey.Load(missing)).Message);

        var shortKey = KeyFile("fifteen chars..");
        var refused = Assert.Throws<BackupException>(() => BackupKey.Load(shortKey)).Message;
        Assert.Contains(shortKey, refused);
        Assert.Contains("不足 16 个字符", refused);
        Assert.Equal(nameof(BackupKey), BackupKey.Load(KeyFile("sixteen chars...")).ToString());

        if (OperatingSystem.IsWindows())
            return;
        var exposed = KeyFile("a passphrase long enough");
        File.SetUnixFileMode(exposed, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        refused = Assert.Throws<BackupException>(() => BackupKey.Load(exposed)).Message;
        Assert.Contains(exposed, refused);
        Assert.Contains("chmod 600", refused);
    }

    [Fact]
    public async Task The_line_end_after_a_key_is_not_part_of_it()
    {
        var sealedBytes = await SealAsync([1, 2, 3], writes: 1);
        // KeyFile writes the secret with a line end.
        var fromFile = BackupKey.Load(KeyFile("0123456789abcdef-test-key"));
        Assert.Equal([1, 2, 3], await OpenAsync(sealedBytes, fromFile));
    }

    /// <summary>A key file as an operator makes one: the secret, a line end, mode 0600.</summary>
    internal static string KeyFile(string secret)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("hotline-backup-key-").FullName, "backup.key");
        File.WriteAllText(file, secret + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return file;
    }

    /// <summary>Seals <paramref name="plain"/>, written in pieces of <paramref name="writes"/> bytes as a ZIP writer would.</summary>
    private static async Task<byte[]> SealAsync(byte[] plain, int writes)
    {
        var output = new MemoryStream();
        await using (var sealing = await BackupCipher.BeginAsync(output, Key, CancellationToken.None))
        {
            for (var at = 0; at < plain.Length; at += writes)
                await sealing.WriteAsync(plain.AsMemory(at, Math.Min(writes, plain.Length - at)));
            await sealing.CompleteAsync(CancellationToken.None);
        }
        return output.ToArray();
    }

    private static async Task<byte[]> OpenAsync(byte[] sealedBytes, BackupKey key)
    {
        var output = new MemoryStream();
        await BackupCipher.DecryptAsync(new MemoryStream(sealedBytes), output, key, CancellationToken.None);
        return output.ToArray();
    }

    private static async Task<string> RefusedAsync(byte[] sealedBytes, BackupKey? key = null) =>
        (await Assert.ThrowsAsync<BackupException>(() => OpenAsync(sealedBytes, key ?? Key))).Message;
}
