using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bpm.Engine.Persistence.Conversion;

/// <summary>Normalises a DateTimeOffset to offset zero before it is written (Npgsql refuses other offsets for timestamptz).</summary>
internal sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v);
