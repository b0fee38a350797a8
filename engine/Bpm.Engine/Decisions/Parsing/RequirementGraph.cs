using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Decisions.Parsing;

/// <summary>A decision may require only decisions of its own file, and no decision may (indirectly) require itself.</summary>
internal static class RequirementGraph
{
    public static void Check(IReadOnlyDictionary<string, DecisionModel> decisions, string resourceName, List<ValidationError> errors)
    {
        foreach (var decision in decisions.Values)
            foreach (var required in decision.RequiredDecisions.Where(r => !decisions.ContainsKey(r)))
                errors.Add(new ValidationError(decision.Id,
                    $"{DmnPlace.Decision(decision.Id, decision.Name)} 需要的决策 '{required}' 不在本文件中{DmnPlace.Line(decision.Line)}",
                    decision.Line, DmnParser.ElementType, resourceName));

        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path, true: done
        foreach (var decision in decisions.Values)
            if (FindCycle(decision, decisions, state, []) is { } cycle)
            {
                errors.Add(new ValidationError(decision.Id,
                    $"决策需求图有环：{string.Join(" → ", cycle)}{DmnPlace.Line(decision.Line)}", decision.Line, DmnParser.ElementType, resourceName));
                return;
            }
    }

    private static List<string>? FindCycle(DecisionModel decision, IReadOnlyDictionary<string, DecisionModel> decisions,
        Dictionary<string, bool> state, List<string> path)
    {
        if (state.TryGetValue(decision.Id, out var done))
            return done ? null : [.. path.SkipWhile(id => id != decision.Id), decision.Id];
        state[decision.Id] = false;
        path.Add(decision.Id);
        foreach (var required in decision.RequiredDecisions)
            if (decisions.TryGetValue(required, out var next) && FindCycle(next, decisions, state, path) is { } cycle)
                return cycle;
        path.RemoveAt(path.Count - 1);
        state[decision.Id] = true;
        return null;
    }
}
