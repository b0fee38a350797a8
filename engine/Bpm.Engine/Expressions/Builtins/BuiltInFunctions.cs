using Bpm.Engine.Expressions.Evaluation;

namespace Bpm.Engine.Expressions.Builtins;

/// <summary>The built-in function table of one engine (per engine because now() and today() read its clock).</summary>
internal sealed class BuiltInFunctions
{
    private readonly Dictionary<string, List<FeelFunction>> functions = new(StringComparer.Ordinal);

    public BuiltInFunctions(Time.BusinessClock clock)
    {
        Add("not", ["negand"], a => a[0] is bool b ? !b : null);
        // Normally compiled as a special form that can see whether a variable exists; this covers other call shapes.
        Add("is defined", ["value"], a => a[0] is not null);
        StringFunctions.Register(this);
        NumericFunctions.Register(this);
        ListFunctions.Register(this);
        ContextFunctions.Register(this);
        TemporalFunctions.Register(this, clock);
    }

    public bool Contains(string name) => functions.ContainsKey(name);

    public IReadOnlyList<FeelFunction>? Find(string name) => functions.GetValueOrDefault(name);

    /// <summary>Adds an overload; parameters after the first <paramref name="required"/> ones are optional.</summary>
    public void Add(string name, string[] parameters, Func<IReadOnlyList<object?>, object?> body, int? required = null)
    {
        if (!functions.TryGetValue(name, out var overloads)) functions[name] = overloads = [];
        overloads.Add(new FeelFunction(name, parameters, body, FunctionKind.BuiltIn, required));
    }

    /// <summary>Adds a function taking either one list or any number of positional arguments (min, sum, concatenate...).</summary>
    public void AddVariadic(string name, Func<IReadOnlyList<object?>, object?> body)
    {
        if (!functions.TryGetValue(name, out var overloads)) functions[name] = overloads = [];
        overloads.Add(new FeelFunction(name, ["list"], body, FunctionKind.BuiltIn, variadic: true));
    }
}
