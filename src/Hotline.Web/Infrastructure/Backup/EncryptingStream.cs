namespace Hotline.Web.Infrastructure.Backup;

/// <summary>
/// A write-only stream that seals what it is given into <see cref="BackupCipher"/> chunks, so a backup's ZIP is never
/// on disk in plain form. A chunk is held until more follows, because only the last one is sealed as last:
/// <see cref="CompleteAsync"/> writes it. Disposed without completing, the file has no last chunk and cannot be opened.
/// </summary>
internal sealed class EncryptingStream(Stream output, BackupCipher.Seal seal) : Stream
{
    private readonly byte[] _plain = new byte[BackupCipher.ChunkSize];
    private readonly byte[] _sealed = new byte[BackupCipher.ChunkSize + BackupCipher.TagSize];
    private int _filled;
    private ulong _index;
    private bool _completed;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !_completed;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_filled == _plain.Length)
                output.Write(SealChunk(last: false).Span);
            buffer = buffer[Take(buffer)..];
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
    {
        while (!buffer.IsEmpty)
        {
            if (_filled == _plain.Length)
                await output.WriteAsync(SealChunk(last: false), ct);
            buffer = buffer[Take(buffer.Span)..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

    /// <summary>Seals what is held as the last chunk (empty when the data ended on a chunk's end) and flushes.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        await output.WriteAsync(SealChunk(last: true), ct);
        await output.FlushAsync(ct);
        _completed = true;
    }

    private int Take(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        var count = Math.Min(buffer.Length, _plain.Length - _filled);
        buffer[..count].CopyTo(_plain.AsSpan(_filled));
        _filled += count;
        return count;
    }

    private ReadOnlyMemory<byte> SealChunk(bool last)
    {
        seal.Close(_index++, last, _plain.AsSpan(0, _filled), _sealed);
        var length = _filled + BackupCipher.TagSize;
        _filled = 0;
        return _sealed.AsMemory(0, length);
    }

    public override void Flush() { /* chunks are written whole; the file is flushed by CompleteAsync */ }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            seal.Dispose();
        base.Dispose(disposing);
    }

    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
