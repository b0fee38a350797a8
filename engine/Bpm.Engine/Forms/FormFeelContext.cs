using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Forms;

/// <summary>What a form's <c>conditional.hide</c> sees: the row being checked (in a dynamic list), the submitted values,
/// then the variables visible to the task.</summary>
internal sealed class FormFeelContext(IReadOnlyList<JsonObject> layers, IReadOnlyDictionary<string, JsonNode?> visible) : IFeelContext
{
    public bool TryGetVariable(string name, out object? value)
    {
        foreach (var layer in layers)
        {
            if (layer.TryGetPropertyValue(name, out var node))
            {
                value = FeelValues.FromJson(node);
                return true;
            }
        }
        if (visible.TryGetValue(name, out var variable))
        {
            value = FeelValues.FromJson(variable);
            return true;
        }
        value = null;
        return false;
    }

    public FormFeelContext WithRow(JsonObject row) => new([row, .. layers], visible);
}
