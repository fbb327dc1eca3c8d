using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Hotline.Web.Infrastructure.Backup;

/// <summary>One file of a backup as the manifest lists it: its path in the archive, SHA-256 and size.</summary>
internal sealed record BackupEntry(string Path, string Sha256, long Bytes);

/// <summary>What a backup holds and where it came from; written as <c>manifest.json</c> beside the files.</summary>
internal sealed record BackupManifest(int Format, DateTime CreatedAtUtc, string Provider, string AppVersion, IReadOnlyList<BackupEntry> Files);

/// <summary>
/// The backup as one ZIP: <c>database/</c> (the SQLite copy or the MariaDB dump), <c>data/</c> (the data directory's
/// attachments, keys and exports) and <c>manifest.json</c> with every file's SHA-256, so a restore can prove the file is
/// whole before it touches anything.
/// </summary>
internal static class BackupFile
{
    public const int Format = 1;
    public const string ManifestName = "manifest.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<BackupEntry> AddAsync(ZipArchive zip, string path, string source, CancellationToken ct)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        entry.LastWriteTime = File.GetLastWriteTimeUtc(source);
        await using var input = File.OpenRead(source);
        await using var output = entry.Open();
        return new BackupEntry(path, await CopyHashingAsync(input, output, ct), input.Length);
    }

    public static async Task WriteManifestAsync(ZipArchive zip, BackupManifest manifest, CancellationToken ct)
    {
        await using var output = zip.CreateEntry(ManifestName, CompressionLevel.Optimal).Open();
        await JsonSerializer.SerializeAsync(output, manifest, Json, ct);
    }

    /// <summary>Reads the manifest and checks every file against it; a missing, extra or changed file is named.</summary>
    public static async Task<BackupManifest> VerifyAsync(ZipArchive zip, CancellationToken ct)
    {
        var manifestEntry = zip.GetEntry(ManifestName) ?? throw new BackupException("备份文件中没有 manifest.json：不是本系统的备份，或文件已损坏。");
        BackupManifest? manifest;
        await using (var stream = manifestEntry.Open())
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, ct);
        if (manifest is null || manifest.Format != Format)
            throw new BackupException($"备份文件格式（{manifest?.Format}）不是本版本能恢复的格式（{Format}）。");
        var listed = manifest.Files.ToDictionary(f => f.Path);
        foreach (var entry in zip.Entries.Where(e => e.FullName != ManifestName && !e.FullName.EndsWith('/')))
        {
            if (!listed.Remove(entry.FullName, out var expected))
                throw new BackupException($"备份文件中的 {entry.FullName} 不在清单中：文件已被改动。");
            await using var stream = entry.Open();
            if (await CopyHashingAsync(stream, Stream.Null, ct) != expected.Sha256)
                throw new BackupException($"备份文件中的 {entry.FullName} 与清单的哈希值不符：文件已损坏或被改动。");
        }
        if (listed.Count > 0)
            throw new BackupException($"备份文件缺少清单中的 {listed.Keys.First()}：文件不完整。");
        return manifest;
    }

    public static async Task<string> CopyHashingAsync(Stream input, Stream output, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>A backup or restore that cannot go on, with the reason in Chinese for the operator.</summary>
internal sealed class BackupException(string message) : Exception(message);
