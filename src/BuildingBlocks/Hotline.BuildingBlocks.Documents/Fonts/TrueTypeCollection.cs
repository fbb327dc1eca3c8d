using System.Buffers.Binary;

namespace Hotline.Platform.Documents.Fonts;

/// <summary>
/// PDFsharp reads only standalone TrueType files, while Debian ships the CJK faces as collections
/// (.ttc). This rebuilds face 0 of a collection as a standalone font: a fresh offset table whose
/// records point at copies of the tables face 0 references (tables shared between faces are copied).
/// </summary>
internal static class TrueTypeCollection
{
    private const uint TtcTag = 0x74746366; // 'ttcf'

    public static bool IsCollection(ReadOnlySpan<byte> data) =>
        data.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(data) == TtcTag;

    /// <summary>Returns the file unchanged when it is already a standalone font.</summary>
    public static byte[] ExtractFirstFace(byte[] data)
    {
        if (!IsCollection(data))
            return data;

        var span = data.AsSpan();
        var numFonts = BinaryPrimitives.ReadUInt32BigEndian(span[8..]);
        if (numFonts == 0)
            throw new InvalidDataException("字体集合中没有字体。");
        var faceOffset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(span[12..]));

        var sfntVersion = BinaryPrimitives.ReadUInt32BigEndian(span[faceOffset..]);
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(span[(faceOffset + 4)..]);
        var tables = new (uint Tag, uint Checksum, int Offset, int Length)[numTables];
        for (var i = 0; i < numTables; i++)
        {
            var rec = span[(faceOffset + 12 + 16 * i)..];
            tables[i] = (BinaryPrimitives.ReadUInt32BigEndian(rec),
                BinaryPrimitives.ReadUInt32BigEndian(rec[4..]),
                checked((int)BinaryPrimitives.ReadUInt32BigEndian(rec[8..])),
                checked((int)BinaryPrimitives.ReadUInt32BigEndian(rec[12..])));
        }

        var headerLength = 12 + 16 * numTables;
        var total = headerLength + tables.Sum(t => Pad4(t.Length));
        var result = new byte[total];
        var output = result.AsSpan();

        // The offset table: search fields are derived from numTables as the spec requires.
        var entrySelector = (ushort)Math.Floor(Math.Log2(Math.Max(1, (int)numTables)));
        var searchRange = (ushort)((1 << entrySelector) * 16);
        BinaryPrimitives.WriteUInt32BigEndian(output, sfntVersion);
        BinaryPrimitives.WriteUInt16BigEndian(output[4..], numTables);
        BinaryPrimitives.WriteUInt16BigEndian(output[6..], searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(output[8..], entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(output[10..], (ushort)(numTables * 16 - searchRange));

        var position = headerLength;
        for (var i = 0; i < numTables; i++)
        {
            var (tag, checksum, offset, length) = tables[i];
            var rec = output[(12 + 16 * i)..];
            BinaryPrimitives.WriteUInt32BigEndian(rec, tag);
            BinaryPrimitives.WriteUInt32BigEndian(rec[4..], checksum);
            BinaryPrimitives.WriteUInt32BigEndian(rec[8..], (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(rec[12..], (uint)length);
            span.Slice(offset, length).CopyTo(output[position..]);
            position += Pad4(length);
        }
        return result;
    }

    private static int Pad4(int length) => (length + 3) & ~3;
}
