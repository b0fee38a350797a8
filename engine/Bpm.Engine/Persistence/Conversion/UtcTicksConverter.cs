using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bpm.Engine.Persistence.Conversion;

/// <summary>Stores a DateTimeOffset as its UTC ticks (SQLite INTEGER); reads it back with offset zero.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
