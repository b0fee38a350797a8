using Bpm.Engine.Expressions;

namespace Bpm.Engine.Decisions.Evaluation;

/// <summary>The caller's variables with the results of required decisions on top (by variable name and by id).</summary>
internal sealed class RequiredResultsContext(IFeelContext variables, IReadOnlyDictionary<string, object?> results) : IFeelContext
{
    public bool TryGetVariable(string name, out object? value) =>
        results.TryGetValue(name, out value) || variables.TryGetVariable(name, out value);
}
