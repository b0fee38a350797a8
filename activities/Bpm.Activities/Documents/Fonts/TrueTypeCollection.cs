using System.Buffers.Binary;

namespace Bpm.Activities.Documents.Fonts;

/// <summary>Debian ships most Chinese TrueType fonts as collections (.ttc), which PDFsharp cannot read. This copies one face
/// of a collection into a stand-alone font file: the face's table directory with its offsets rewritten, then its tables.</summary>
public static class TrueTypeCollection
{
    private const uint CollectionTag = 0x74746366; // 'ttcf'

    public static bool IsCollection(ReadOnlySpan<byte> font) => font.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(font) == CollectionTag;

    /// <summary>The face as a stand-alone font; a file that is not a collection is returned unchanged.</summary>
    public static byte[] ExtractFace(byte[] font, int index = 0)
    {
        if (!IsCollection(font)) return font;
        var faces = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(8));
        if (index < 0 || index >= faces) throw new ArgumentOutOfRangeException(nameof(index), $"the collection has {faces} faces");
        var face = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + 4 * index));
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(face + 4));
        var directoryLength = 12 + 16 * tableCount;
        var total = directoryLength;
        for (var i = 0; i < tableCount; i++)
            total += Padded(TableLength(font, face, i));

        var result = new byte[total];
        font.AsSpan(face, directoryLength).CopyTo(result);
        var position = directoryLength;
        for (var i = 0; i < tableCount; i++)
        {
            var record = face + 12 + 16 * i;
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            var length = TableLength(font, face, i);
            font.AsSpan(offset, length).CopyTo(result.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(12 + 16 * i + 8), (uint)position);
            position += Padded(length);
        }
        return result;
    }

    private static int TableLength(byte[] font, int face, int table) =>
        (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(face + 12 + 16 * table + 12));

    // Tables start on 4-byte boundaries.
    private static int Padded(int length) => (length + 3) & ~3;
}
