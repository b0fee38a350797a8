using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bpm.Engine.Persistence.Configuration;

/// <summary>A history chain's SHA-256 stored as its 32 raw bytes (<c>bytea</c> / BLOB, migration 0027) instead of 64
/// characters of hex text: these columns are written with every history row and every instance update. In code, in the
/// canonical encoding that is hashed, in the APIs and in the case file the hash stays lower-case hex.</summary>
internal static class HashColumn
{
    // EF never passes null to a converter (a null column stays null), hence the forgiving operator.
    private static readonly ValueConverter<string?, byte[]> HexToBytes =
        new(hex => Convert.FromHexString(hex!), bytes => Convert.ToHexStringLower(bytes));

    public static PropertyBuilder<string?> StoredAsBytes(this PropertyBuilder<string?> property) => property.HasConversion(HexToBytes);
}
