using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bpm.Engine.Persistence.Store;

/// <summary>One mapped property: its column, its getter, and the provider's type mapping (which applies value converters).</summary>
internal sealed class ColumnMap(IProperty property)
{
    private readonly IClrPropertyGetter _getter = property.GetGetter();
    private readonly RelationalTypeMapping _mapping = property.GetRelationalTypeMapping();

    public string Name { get; } = property.GetColumnName();
    public string PropertyName => property.Name;
    /// <summary>The column's type as the provider spells it (for a cast).</summary>
    public string StoreType => _mapping.StoreType;

    public DbParameter CreateParameter(DbCommand factory, string name, object entity) =>
        CreateParameterForValue(factory, name, _getter.GetClrValueUsingContainingEntity(entity));

    public DbParameter CreateParameterForValue(DbCommand factory, string name, object? value) =>
        _mapping.CreateParameter(factory, name, value, property.IsNullable);
}
