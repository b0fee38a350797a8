namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>An immutable chain of variable bindings: the caller's variables at the root, then context-literal entries,
/// filter items, iteration variables and function parameters layered on top.</summary>
internal sealed class Scope
{
    private readonly Scope? parent;
    private readonly IFeelContext? variables;
    private readonly string? boundName;
    private readonly object? boundValue;
    private readonly IReadOnlyDictionary<string, object?>? members;

    private Scope(Scope? parent, IFeelContext? variables, string? boundName, object? boundValue,
        IReadOnlyDictionary<string, object?>? members, EvaluationBudget? budget = null)
    {
        this.parent = parent;
        Budget = budget ?? parent!.Budget;
        this.variables = variables;
        this.boundName = boundName;
        this.boundValue = boundValue;
        this.members = members;
    }

    public static Scope Root(IFeelContext variables, EvaluationBudget budget) => new(null, variables, null, null, null, budget);

    /// <summary>The budget of the evaluation this scope belongs to (a function value defined in it keeps it).</summary>
    public EvaluationBudget Budget { get; }

    public Scope Bind(string name, object? value) => new(this, null, name, value, null);

    public Scope BindMembers(IReadOnlyDictionary<string, object?> entries) => new(this, null, null, null, entries);

    /// <summary>In a filter, "item" names the element and a context element's entries are visible by name too.</summary>
    public Scope BindItem(object? item) =>
        new(this, null, "item", item, item as IReadOnlyDictionary<string, object?>);

    public bool TryGet(string name, out object? value)
    {
        for (var scope = this; scope is not null; scope = scope.parent)
        {
            if (scope.boundName == name)
            {
                value = scope.boundValue;
                return true;
            }
            if (scope.members is not null && scope.members.TryGetValue(name, out value))
            {
                value = FeelValues.Normalize(value);
                return true;
            }
            if (scope.variables is not null && scope.variables.TryGetVariable(name, out value))
            {
                value = FeelValues.Normalize(value);
                return true;
            }
        }
        value = null;
        return false;
    }
}
