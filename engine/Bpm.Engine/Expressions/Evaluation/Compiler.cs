using Bpm.Engine.Expressions.Syntax;

namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>Turns a syntax tree into a tree of closures once, so evaluation never revisits syntax.</summary>
internal sealed class Compiler(FunctionResolver functions)
{
    public Evaluator Compile(SyntaxNode node) => node switch
    {
        LiteralNode literal => CompileLiteral(literal.Value),
        NameNode name => CompileName(name.Name),
        PathNode path => CompilePath(path),
        FilterNode filter => CompileFilter(filter),
        CallNode call => CompileCall(call),
        NegationNode negation => CompileNegation(negation),
        BinaryNode binary => CompileBinary(binary),
        BetweenNode between => CompileBetween(between),
        InNode membership => CompileIn(membership),
        RangeNode range => CompileRange(range),
        InstanceOfNode instanceOf => CompileInstanceOf(instanceOf),
        ListNode list => CompileList(list),
        ContextNode context => CompileContext(context),
        IfNode conditional => CompileIf(conditional),
        IterationNode iteration => CompileIteration(iteration),
        FunctionDefinitionNode definition => CompileFunctionDefinition(definition),
        _ => throw new InvalidOperationException($"no compiler for {node.GetType().Name}"),
    };

    private static Evaluator CompileLiteral(object? value) => _ => value;

    private static Evaluator CompileName(string name) => scope => scope.TryGet(name, out var value) ? value : null;

    private Evaluator CompilePath(PathNode path)
    {
        var target = Compile(path.Target);
        var member = path.Member;
        return scope => Member(target(scope), member);
    }

    /// <summary>A path into a context; on a list it maps over the elements; on temporals it reads a property.</summary>
    internal static object? Member(object? value, string name) => value switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> context => context.TryGetValue(name, out var member) ? FeelValues.Normalize(member) : null,
        IReadOnlyList<object?> list => list.Select(item => Member(FeelValues.Normalize(item), name)).ToArray(),
        string => null,
        _ => Temporals.Property(value, name),
    };

    private Evaluator CompileFilter(FilterNode node)
    {
        var target = Compile(node.Target);
        if (node.Filter is LiteralNode { Value: decimal staticIndex })
            return scope => AsList(target(scope)) is { } list ? ItemAt(list, staticIndex) : null;

        var filter = Compile(node.Filter);
        return scope =>
        {
            if (AsList(target(scope)) is not { } list) return null;
            var selected = new List<object?>();
            for (var i = 0; i < list.Count; i++)
            {
                scope.Budget.Step();
                var item = FeelValues.Normalize(list[i]);
                var result = filter(scope.BindItem(item));
                // A filter that yields a number (e.g. list[i]) is an index rather than a condition.
                if (i == 0 && result is decimal index) return ItemAt(list, index);
                if (result is true) selected.Add(item);
            }
            return selected;
        };
    }

    /// <summary>Filtering a non-list value treats it as a single-element list.</summary>
    private static IReadOnlyList<object?>? AsList(object? value) => value switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        _ => [value],
    };

    /// <summary>1-based; negative indexes count from the end; out of range is null.</summary>
    private static object? ItemAt(IReadOnlyList<object?> list, decimal index)
    {
        if (index != decimal.Truncate(index) || index == 0 || Math.Abs(index) > list.Count) return null;
        var position = index > 0 ? (int)index - 1 : list.Count + (int)index;
        return FeelValues.Normalize(list[position]);
    }

    private Evaluator CompileCall(CallNode call)
    {
        var arguments = call.Arguments.Select(Compile).ToArray();
        var names = call.ArgumentNames;
        if (call.FunctionName is null)
        {
            var callee = Compile(call.Callee!);
            return scope => callee(scope) is FeelFunction function
                ? scope.Budget.Checked(Invoke(function, Evaluate(arguments, scope), names))
                : throw new FeelEvaluationException("被调用的值不是函数");
        }

        var name = call.FunctionName;
        if (name == "is defined" && arguments.Length == 1 && names is null && !functions.IsRegistered(name))
            return CompileIsDefined(call.Arguments[0]);

        return scope =>
        {
            var values = Evaluate(arguments, scope);
            if (scope.TryGet(name, out var variable) && variable is FeelFunction local) return scope.Budget.Checked(Invoke(local, values, names));
            return scope.Budget.Checked(Invoke(functions.Resolve(name, values.Length, names), values, names));
        };
    }

    private static object?[] Evaluate(Evaluator[] arguments, Scope scope)
    {
        var values = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++) values[i] = arguments[i](scope);
        return values;
    }

    private static object? Invoke(FeelFunction function, object?[] values, IReadOnlyList<string>? names)
    {
        var accepted = names is null ? function.Accepts(values.Length) : function.Accepts(names);
        if (!accepted)
        {
            throw new FeelEvaluationException(
                $"函数「{function.Name}({string.Join(", ", function.Parameters)})」不能以{InvocationText.Given(values.Length, names)}调用");
        }
        return function.Invoke(function.Arrange(values, names));
    }

    /// <summary>is defined(x) is true for a variable or context entry that exists, even when its value is null.</summary>
    private Evaluator CompileIsDefined(SyntaxNode argument)
    {
        switch (argument)
        {
            case NameNode name:
                return scope => FeelComparison.Box(scope.TryGet(name.Name, out _));
            case PathNode path:
                var target = Compile(path.Target);
                return scope => FeelComparison.Box(
                    target(scope) is IReadOnlyDictionary<string, object?> context ? context.ContainsKey(path.Member)
                    : Member(target(scope), path.Member) is not null);
            default:
                var value = Compile(argument);
                return scope => FeelComparison.Box(value(scope) is not null);
        }
    }

    private Evaluator CompileNegation(NegationNode node)
    {
        var operand = Compile(node.Operand);
        return scope => FeelArithmetic.Negate(operand(scope));
    }

    private Evaluator CompileBinary(BinaryNode node)
    {
        var left = Compile(node.Left);
        var right = Compile(node.Right);
        return node.Operator switch
        {
            "+" => scope => scope.Budget.Checked(FeelArithmetic.Add(left(scope), right(scope))),
            "-" => scope => FeelArithmetic.Subtract(left(scope), right(scope)),
            "*" => scope => FeelArithmetic.Multiply(left(scope), right(scope)),
            "/" => scope => FeelArithmetic.Divide(left(scope), right(scope)),
            "**" => scope => FeelArithmetic.Power(left(scope), right(scope)),
            "=" => scope => FeelComparison.Box(FeelComparison.Equal(left(scope), right(scope))),
            "!=" => scope => FeelComparison.Box(!FeelComparison.Equal(left(scope), right(scope))),
            "<" => scope => FeelComparison.Box(FeelComparison.Holds(FeelComparison.Compare(left(scope), right(scope)), "<")),
            "<=" => scope => FeelComparison.Box(FeelComparison.Holds(FeelComparison.Compare(left(scope), right(scope)), "<=")),
            ">" => scope => FeelComparison.Box(FeelComparison.Holds(FeelComparison.Compare(left(scope), right(scope)), ">")),
            ">=" => scope => FeelComparison.Box(FeelComparison.Holds(FeelComparison.Compare(left(scope), right(scope)), ">=")),
            "and" => scope => And(left(scope), () => right(scope)),
            "or" => scope => Or(left(scope), () => right(scope)),
            _ => throw new InvalidOperationException($"unknown operator {node.Operator}"),
        };
    }

    /// <summary>Three-valued: false wins, then null (for anything not boolean), then true.</summary>
    private static object? And(object? left, Func<object?> right)
    {
        if (left is false) return FeelComparison.False;
        var rightValue = right();
        if (rightValue is false) return FeelComparison.False;
        return left is true && rightValue is true ? FeelComparison.True : null;
    }

    private static object? Or(object? left, Func<object?> right)
    {
        if (left is true) return FeelComparison.True;
        var rightValue = right();
        if (rightValue is true) return FeelComparison.True;
        return left is false && rightValue is false ? FeelComparison.False : null;
    }

    private Evaluator CompileBetween(BetweenNode node)
    {
        var value = Compile(node.Value);
        var low = Compile(node.Low);
        var high = Compile(node.High);
        return scope =>
        {
            var v = value(scope);
            var fromLow = FeelComparison.Compare(v, low(scope));
            var toHigh = FeelComparison.Compare(v, high(scope));
            if (fromLow is null || toHigh is null) return null;
            return FeelComparison.Box(fromLow >= 0 && toHigh <= 0);
        };
    }

    private Evaluator CompileIn(InNode node)
    {
        var value = Compile(node.Value);
        var tests = node.Tests.Select(test => (test.Operator, Operand: Compile(test.Operand))).ToArray();
        return scope =>
        {
            var v = value(scope);
            var sawUnknown = false;
            foreach (var (op, operand) in tests)
            {
                var result = Test(v, op, operand(scope));
                if (result == true) return FeelComparison.True;
                sawUnknown |= result is null;
            }
            return sawUnknown ? null : FeelComparison.False;
        };
    }

    internal static bool? Test(object? value, string? op, object? operand) => op switch
    {
        null => operand switch
        {
            FeelRange range => range.Contains(value),
            IReadOnlyList<object?> list => list.Any(item => FeelComparison.Equal(value, FeelValues.Normalize(item)) == true)
                || FeelComparison.Equal(value, list) == true,
            _ => FeelComparison.Equal(value, operand),
        },
        "=" => FeelComparison.Equal(value, operand),
        "!=" => !FeelComparison.Equal(value, operand),
        "<" => FeelComparison.Holds(FeelComparison.Compare(value, operand), "<"),
        "<=" => FeelComparison.Holds(FeelComparison.Compare(value, operand), "<="),
        ">" => FeelComparison.Holds(FeelComparison.Compare(value, operand), ">"),
        ">=" => FeelComparison.Holds(FeelComparison.Compare(value, operand), ">="),
        _ => null,
    };

    private Evaluator CompileRange(RangeNode node)
    {
        var start = Compile(node.Start);
        var end = Compile(node.End);
        return scope => new FeelRange(start(scope), node.StartIncluded, end(scope), node.EndIncluded);
    }

    private Evaluator CompileInstanceOf(InstanceOfNode node)
    {
        var value = Compile(node.Value);
        var typeName = node.TypeName;
        return scope => FeelComparison.Box(IsInstance(value(scope), typeName));
    }

    private static bool IsInstance(object? value, string typeName) => typeName switch
    {
        "Any" => value is not null,
        "Null" => value is null,
        "number" => value is decimal,
        "string" => value is string,
        "boolean" => value is bool,
        "date" => value is DateOnly,
        "time" => value is TimeOnly,
        "date and time" => value is DateTime or DateTimeOffset,
        "days and time duration" => value is TimeSpan,
        "years and months duration" => value is YearsMonthsDuration,
        "list" => value is IReadOnlyList<object?>,
        "context" => value is IReadOnlyDictionary<string, object?>,
        "function" => value is FeelFunction,
        "range" => value is FeelRange,
        _ => false,
    };

    private Evaluator CompileList(ListNode node)
    {
        var items = node.Items.Select(Compile).ToArray();
        return scope => Evaluate(items, scope);
    }

    private Evaluator CompileContext(ContextNode node)
    {
        var entries = node.Entries.Select(entry => (entry.Key, Value: Compile(entry.Value))).ToArray();
        return scope =>
        {
            var context = new OrderedDictionary<string, object?>(entries.Length);
            // Later entries may refer to earlier ones by name.
            var inner = scope.BindMembers(context);
            foreach (var (key, value) in entries) context[key] = value(inner);
            return context;
        };
    }

    private Evaluator CompileIf(IfNode node)
    {
        var condition = Compile(node.Condition);
        var then = Compile(node.Then);
        var otherwise = Compile(node.Else);
        return scope => condition(scope) is true ? then(scope) : otherwise(scope);
    }

    private Evaluator CompileFunctionDefinition(FunctionDefinitionNode node)
    {
        var body = Compile(node.Body);
        var parameters = node.Parameters;
        return scope => new FeelFunction("anonymous function", parameters, arguments =>
        {
            var inner = scope;
            for (var i = 0; i < parameters.Count; i++) inner = inner.Bind(parameters[i], arguments[i]);
            scope.Budget.Enter();
            try
            {
                return body(inner);
            }
            finally
            {
                scope.Budget.Leave();
            }
        }, FunctionKind.Lambda);
    }

    private Evaluator CompileIteration(IterationNode node)
    {
        var iterators = node.Iterators
            .Select(it => new CompiledIterator(it.Name, Compile(it.Source), it.RangeEnd is null ? null : Compile(it.RangeEnd)))
            .ToArray();
        var body = Compile(node.Body);
        return node.Kind switch
        {
            IterationKind.For => scope =>
            {
                var results = new List<object?>();
                return Iterate(iterators, 0, scope, inner =>
                {
                    results.Add(body(inner));
                    scope.Budget.CheckListSize(results.Count);
                    return true;
                }) ? results : null;
            },
            IterationKind.Some => scope =>
            {
                var found = false;
                var complete = Iterate(iterators, 0, scope, inner => !(found = body(inner) is true));
                return complete || found ? FeelComparison.Box(found) : null;
            },
            _ => scope =>
            {
                var all = true;
                var complete = Iterate(iterators, 0, scope, inner => all = body(inner) is true);
                return complete || !all ? FeelComparison.Box(all) : null;
            },
        };
    }

    private sealed record CompiledIterator(string Name, Evaluator Source, Evaluator? RangeEnd);

    /// <summary>Visits every combination of iterator values (later sources may use earlier variables). Returns false when
    /// a source is not iterable or the visitor asked to stop.</summary>
    private static bool Iterate(CompiledIterator[] iterators, int index, Scope scope, Func<Scope, bool> visit)
    {
        if (index == iterators.Length) return visit(scope);
        var iterator = iterators[index];
        var items = Items(iterator.Source(scope), iterator.RangeEnd?.Invoke(scope), iterator.RangeEnd is not null);
        if (items is null) return false;
        foreach (var item in items)
        {
            scope.Budget.Step();
            if (!Iterate(iterators, index + 1, scope.Bind(iterator.Name, item), visit)) return false;
        }
        return true;
    }

    private static IEnumerable<object?>? Items(object? source, object? rangeEnd, bool isRange)
    {
        if (isRange) return IntegerSequence(source, true, rangeEnd, true);
        return source switch
        {
            null => null,
            IReadOnlyList<object?> list => list.Select(FeelValues.Normalize),
            FeelRange range => IntegerSequence(range.Start, range.StartIncluded, range.End, range.EndIncluded),
            _ => [source],
        };
    }

    private static IEnumerable<object?>? IntegerSequence(object? start, bool startIncluded, object? end, bool endIncluded)
    {
        if (start is not decimal first || end is not decimal last) return null;
        if (first != decimal.Truncate(first) || last != decimal.Truncate(last)) return null;
        var step = first <= last ? 1m : -1m;
        if (!startIncluded) first += step;
        if (!endIncluded) last -= step;
        if ((last - first) * step < 0) return [];
        return Sequence(first, last, step);
    }

    private static IEnumerable<object?> Sequence(decimal first, decimal last, decimal step)
    {
        for (var value = first; step > 0 ? value <= last : value >= last; value += step) yield return value;
    }
}
