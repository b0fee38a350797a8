using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Records;

namespace Bpm.Engine.Tests.Records;

/// <summary>A row's hash is SHA-256 over the documented encoding (docs/records.md: every field a tag and a length before its
/// bytes), computed here independently, so hashes stored by earlier versions keep verifying whatever the writer does inside.</summary>
public sealed class RowHashEncodingTests
{
    [Theory]
    [InlineData(1L, null)]
    [InlineData(2L, "7d1a54127b222cb2b5d1a5b2e3c0a5c9d0b1f0e1c2d3e4f5a6b7c8d9e0f1a2b3")]
    public void A_journal_row_hashes_its_tagged_length_prefixed_fields_its_position_and_the_previous_hash(long position, string? previous)
    {
        // Larger than the writer's first buffer, with Chinese text (three UTF-8 bytes per character).
        var entries = "[" + string.Join(",", Enumerable.Range(0, 300).Select(i => $$"""{"event":"ELEMENT_COMPLETED","name":"王强-{{i}}"}""")) + "]";
        var row = new JournalEntity
        {
            ProcessInstanceKey = 2251799813685249, Sequence = 3, RecordedAt = new DateTimeOffset(2026, 12, 7, 8, 0, 0, 123, TimeSpan.Zero).AddTicks(4567),
            Entries = entries, ChainPosition = position, PreviousHash = previous,
        };

        using var expected = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string? value)
        {
            if (value is null) { expected.AppendData([(byte)'n']); return; }
            var bytes = Encoding.UTF8.GetBytes(value);
            Number(bytes.Length, (byte)'s');
            expected.AppendData(bytes);
        }
        void Number(long value, byte tag = (byte)'i')
        {
            var field = new byte[9];
            field[0] = tag;
            BinaryPrimitives.WriteInt64BigEndian(field.AsSpan(1), value);
            expected.AppendData(field);
        }
        Text("journal");
        Number(row.ProcessInstanceKey);
        Number(row.Sequence);
        Number((row.RecordedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);
        Text(entries);
        Number(position);
        Text(previous);

        Assert.Equal(Convert.ToHexStringLower(expected.GetHashAndReset()), RowHash.Compute(row));
    }
}
