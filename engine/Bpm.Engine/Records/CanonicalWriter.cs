using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Bpm.Engine.Records;

/// <summary>Feeds fields into SHA-256 unambiguously: every field is a type tag and a length before its bytes, so no two
/// different rows write the same byte sequence. Times count whole microseconds since 1970 (UTC): PostgreSQL keeps no finer
/// time, so a row reads back with the value it was hashed with on both databases.</summary>
internal sealed class CanonicalWriter : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _number = new byte[9];

    public CanonicalWriter Text(string? value)
    {
        if (value is null)
        {
            _number[0] = (byte)'n';
            _hash.AppendData(_number, 0, 1);
            return this;
        }
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteTagged((byte)'s', bytes.Length);
        _hash.AppendData(bytes);
        return this;
    }

    public CanonicalWriter Number(long? value)
    {
        if (value is null) return Text(null);
        WriteTagged((byte)'i', value.Value);
        return this;
    }

    public CanonicalWriter Time(DateTimeOffset value) =>
        Number((value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond);

    private void WriteTagged(byte tag, long value)
    {
        _number[0] = tag;
        BinaryPrimitives.WriteInt64BigEndian(_number.AsSpan(1), value);
        _hash.AppendData(_number);
    }

    /// <summary>The lower-case hex SHA-256 of everything written.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
