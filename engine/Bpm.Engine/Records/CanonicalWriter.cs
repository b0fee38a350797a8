using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Bpm.Engine.Records;

/// <summary>Feeds fields into SHA-256 unambiguously: every field is a type tag and a length before its bytes, so no two
/// different rows write the same byte sequence. Times count whole microseconds since 1970 (UTC): PostgreSQL keeps no finer
/// time, so a row reads back with the value it was hashed with on both databases.</summary>
/// <remarks>The fields are encoded straight into one pooled buffer and hashed once with <see cref="SHA256.HashData(ReadOnlySpan{byte})"/>:
/// a history row is hashed in the caller's step, on the hot path, and an incremental hash object per row (a native digest
/// context created and freed each time) and a byte array per text field cost more than the digest itself. The bytes hashed
/// are the same as an incremental hash over the fields in order.</remarks>
internal sealed class CanonicalWriter : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
    private int _length;

    public CanonicalWriter Text(string? value)
    {
        if (value is null)
        {
            Reserve(1)[0] = (byte)'n';
            _length += 1;
            return this;
        }
        var span = Reserve(9 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, span[9..]);
        span[0] = (byte)'s';
        BinaryPrimitives.WriteInt64BigEndian(span[1..], written);
        _length += 9 + written;
        return this;
    }

    public CanonicalWriter Number(long? value)
    {
        if (value is null) return Text(null);
        var span = Reserve(9);
        span[0] = (byte)'i';
        BinaryPrimitives.WriteInt64BigEndian(span[1..], value.Value);
        _length += 9;
        return this;
    }

    public CanonicalWriter Time(DateTimeOffset? value) => value is { } time ? Time(time) : Text(null);

    public CanonicalWriter Time(DateTimeOffset value) =>
        Number((value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond);

    /// <summary>The lower-case hex SHA-256 of everything written.</summary>
    public string Finish()
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_buffer.AsSpan(0, _length), hash);
        _length = 0;
        return Convert.ToHexStringLower(hash);
    }

    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        return _buffer.AsSpan(_length);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
