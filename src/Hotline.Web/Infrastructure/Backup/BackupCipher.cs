using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Hotline.Web.Infrastructure.Backup;

/// <summary>
/// The encrypted backup (<c>.zip.enc</c>). A header — magic, format version, random salt, random nonce prefix — and a key
/// check, then the ZIP in chunks of <see cref="ChunkSize"/> (the last one shorter, possibly empty), each sealed with
/// AES-256-GCM under a key derived from the secret and the salt. A chunk's nonce is the prefix and its index; its
/// additional data is the header, its index and whether it is the last, so a chunk moved, changed, dropped, cut short
/// or added fails its tag. The key check (the tag of nothing, under a nonce no chunk uses) tells a wrong key from a
/// damaged file.
/// </summary>
internal static class BackupCipher
{
    public const int ChunkSize = 1 << 20;
    public const int TagSize = 16;
    private const byte Version = 1;
    private const int SaltSize = 16, PrefixSize = 4;
    private static ReadOnlySpan<byte> Magic => "HLBKENC\0"u8;
    /// <summary>Magic, version, salt and prefix: what every chunk's additional data begins with.</summary>
    public static int HeaderSize => Magic.Length + 1 + SaltSize + PrefixSize;

    /// <summary>Whether the file begins as an encrypted backup does (told by its content, not its name).</summary>
    public static bool IsEncrypted(string file)
    {
        using var stream = File.OpenRead(file);
        Span<byte> start = stackalloc byte[Magic.Length];
        return stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual(Magic);
    }

    /// <summary>Writes the header to <paramref name="output"/>; what is written to the stream returned is sealed into chunks.</summary>
    public static async Task<EncryptingStream> BeginAsync(Stream output, BackupKey key, CancellationToken ct)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        header[Magic.Length] = Version;
        RandomNumberGenerator.Fill(header.AsSpan(Magic.Length + 1));
        var seal = new Seal(key, header);
        await output.WriteAsync(header, ct);
        await output.WriteAsync(seal.KeyCheck(), ct);
        return new EncryptingStream(output, seal);
    }

    /// <summary>Opens every chunk in turn into <paramref name="output"/>; throws at the first that fails, or at a wrong key.</summary>
    public static async Task DecryptAsync(Stream input, Stream output, BackupKey key, CancellationToken ct)
    {
        var header = new byte[HeaderSize + TagSize];
        if (await input.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct) < header.Length || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw new BackupException("加密备份的文件头不完整：文件已损坏。");
        if (header[Magic.Length] != Version)
            throw new BackupException($"加密备份的格式版本（{header[Magic.Length]}）不是本版本能读取的格式（{Version}）。");
        using var seal = new Seal(key, header[..HeaderSize]);
        if (!seal.KeyCheck().AsSpan().SequenceEqual(header.AsSpan(HeaderSize)))
            throw new BackupException("备份密钥与此备份不符：请使用生成此备份时的密钥文件（Backup:KeyFile）；若密钥无误，则文件头已损坏。");
        var current = new byte[ChunkSize + TagSize];
        var next = new byte[ChunkSize + TagSize];
        var plain = new byte[ChunkSize];
        var read = await input.ReadAtLeastAsync(current, current.Length, throwOnEndOfStream: false, ct);
        for (ulong index = 0; ; index++)
        {
            // Only a full chunk may have another after it; the one with none after it must have been sealed as the last.
            var nextRead = read == current.Length ? await input.ReadAtLeastAsync(next, next.Length, throwOnEndOfStream: false, ct) : 0;
            var last = nextRead == 0;
            if (read < TagSize || !seal.TryOpen(index, last, current.AsSpan(0, read), plain))
                throw new BackupException($"加密备份的第 {index + 1} 块未通过校验：文件被截短、改动或拼接过（也可能不是用此密钥加密的）。");
            await output.WriteAsync(plain.AsMemory(0, read - TagSize), ct);
            if (last)
                return;
            (current, next, read) = (next, current, nextRead);
        }
    }

    /// <summary>AES-GCM under one file's key, with that file's header as every nonce's prefix and every tag's context.</summary>
    internal sealed class Seal : IDisposable
    {
        private readonly AesGcm _aes;
        private readonly byte[] _header;

        public Seal(BackupKey key, byte[] header)
        {
            _header = header;
            var derived = key.Derive(header.AsSpan(Magic.Length + 1, SaltSize));
            _aes = new AesGcm(derived, TagSize);
            CryptographicOperations.ZeroMemory(derived);
        }

        public byte[] KeyCheck()
        {
            var tag = new byte[TagSize];
            _aes.Encrypt(Nonce(ulong.MaxValue), ReadOnlySpan<byte>.Empty, Span<byte>.Empty, tag, _header);
            return tag;
        }

        /// <summary>Seals <paramref name="plain"/> into <paramref name="sealed"/> (the same length plus the tag).</summary>
        public void Close(ulong index, bool last, ReadOnlySpan<byte> plain, Span<byte> @sealed)
        {
            if (index == ulong.MaxValue)
                throw new InvalidOperationException("Too many chunks: the last nonce is the key check's.");
            _aes.Encrypt(Nonce(index), plain, @sealed[..plain.Length], @sealed.Slice(plain.Length, TagSize), Context(index, last));
        }

        /// <summary>Opens a sealed chunk into <paramref name="plain"/>; false when its tag fails.</summary>
        public bool TryOpen(ulong index, bool last, ReadOnlySpan<byte> @sealed, Span<byte> plain)
        {
            var length = @sealed.Length - TagSize;
            try
            {
                _aes.Decrypt(Nonce(index), @sealed[..length], @sealed[length..], plain[..length], Context(index, last));
                return true;
            }
            catch (AuthenticationTagMismatchException)
            {
                return false;
            }
        }

        private byte[] Nonce(ulong index)
        {
            var nonce = new byte[PrefixSize + sizeof(ulong)];
            _header.AsSpan(HeaderSize - PrefixSize).CopyTo(nonce);
            BinaryPrimitives.WriteUInt64BigEndian(nonce.AsSpan(PrefixSize), index);
            return nonce;
        }

        private byte[] Context(ulong index, bool last)
        {
            var context = new byte[_header.Length + sizeof(ulong) + 1];
            _header.CopyTo(context, 0);
            BinaryPrimitives.WriteUInt64BigEndian(context.AsSpan(_header.Length), index);
            context[^1] = last ? (byte)1 : (byte)0;
            return context;
        }

        public void Dispose() => _aes.Dispose();
    }
}
