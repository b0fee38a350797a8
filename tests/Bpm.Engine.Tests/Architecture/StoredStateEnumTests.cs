using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>States are enums (issue 13, item 3): a stored state is never a string a caller compares with a literal; its text in
/// the tables and the API comes from <c>StateText</c>.</summary>
public sealed class StoredStateEnumTests
{
    [Fact]
    public void Every_state_an_engine_entity_stores_is_an_enum()
    {
        var strings = typeof(UserTaskEntity).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(UserTaskEntity).Namespace)
            .SelectMany(type => type.GetProperties())
            .Where(property => property.Name.EndsWith("State", StringComparison.Ordinal))
            .Where(property => !(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType).IsEnum)
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}: {property.PropertyType.Name}")
            .ToList();

        Assert.True(strings.Count == 0, "states stored as text instead of an enum: " + string.Join(", ", strings));
    }
}
