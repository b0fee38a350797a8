using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Tests.Expressions;

/// <summary>An <see cref="IFeelContext"/> over a dictionary, built from JSON for readable tests.</summary>
internal sealed class Variables(IReadOnlyDictionary<string, object?> values) : IFeelContext
{
    public static readonly Variables None = new(new Dictionary<string, object?>());

    public static Variables FromJson(string json) =>
        new((IReadOnlyDictionary<string, object?>)FeelValues.FromJson(JsonNode.Parse(json))!);

    public bool TryGetVariable(string name, out object? value) => values.TryGetValue(name, out value);
}
