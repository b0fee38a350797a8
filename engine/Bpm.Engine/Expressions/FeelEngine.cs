using System.Collections.Concurrent;
using Bpm.Engine.Expressions.Builtins;
using Bpm.Engine.Expressions.Evaluation;
using Bpm.Engine.Expressions.Syntax;

namespace Bpm.Engine.Expressions;

/// <summary>Parses and compiles FEEL; caches compiled expressions by source text.</summary>
public sealed class FeelEngine
{
    private readonly ConcurrentDictionary<string, FeelExpression> sourceCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FeelExpression> expressionCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FeelUnaryTests> unaryTestsCache = new(StringComparer.Ordinal);
    private readonly FunctionResolver resolver;
    private readonly Compiler compiler;

    /// <summary>An engine whose <c>today()</c> and <c>now()</c> count in Beijing time with the instants of <paramref name="clock"/>
    /// (its local zone is not read).</summary>
    public FeelEngine(TimeProvider clock, FeelFunctionRegistry? functions = null, EvaluationLimits? limits = null)
        : this(Time.BusinessClock.Beijing(clock ?? throw new ArgumentNullException(nameof(clock))), functions, limits)
    {
    }

    /// <summary>An engine whose <c>today()</c> and <c>now()</c> count in the business zone of <paramref name="clock"/>.</summary>
    public FeelEngine(Time.BusinessClock clock, FeelFunctionRegistry? functions = null, EvaluationLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Functions = functions ?? new FeelFunctionRegistry();
        Limits = limits ?? new EvaluationLimits();
        resolver = new FunctionResolver(new BuiltInFunctions(clock), Functions);
        compiler = new Compiler(resolver);
    }

    public FeelFunctionRegistry Functions { get; }

    /// <summary>The budgets every evaluation of an expression compiled here runs within.</summary>
    public EvaluationLimits Limits { get; }

    /// <summary>"=expr" compiles expr; anything else is a static string value. Throws <see cref="FeelSyntaxException"/>.</summary>
    public FeelExpression Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (sourceCache.TryGetValue(source, out var cached)) return cached;
        var equals = IndexOfLeadingEquals(source);
        var expression = equals < 0 ? FeelExpression.Static(source, Limits) : Compile(source, equals + 1);
        return sourceCache.GetOrAdd(source, expression);
    }

    /// <summary>Compiles the text as FEEL whether or not it starts with '=' (for conditions written without it).</summary>
    public FeelExpression ParseExpression(string feel)
    {
        ArgumentNullException.ThrowIfNull(feel);
        if (expressionCache.TryGetValue(feel, out var cached)) return cached;
        var equals = IndexOfLeadingEquals(feel);
        return expressionCache.GetOrAdd(feel, Compile(feel, equals + 1));
    }

    /// <summary>Compiles DMN unary tests (a decision table's input entry, input values or output values). Throws
    /// <see cref="FeelSyntaxException"/>.</summary>
    public FeelUnaryTests ParseUnaryTests(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (unaryTestsCache.TryGetValue(source, out var cached)) return cached;
        var syntax = Parser.ParseUnaryTests(source, resolver.IsKnown);
        var tests = syntax.Tests
            .Select(t => new FeelUnaryTests.CompiledTest(t.Operator, compiler.Compile(t.Operand), t.UsesInput))
            .ToArray();
        return unaryTestsCache.GetOrAdd(source, new FeelUnaryTests(source, tests, syntax.Negated, syntax.MatchesAnything, Limits));
    }

    private static int IndexOfLeadingEquals(string source)
    {
        var i = 0;
        while (i < source.Length && char.IsWhiteSpace(source[i])) i++;
        return i < source.Length && source[i] == '=' ? i : -1;
    }

    private FeelExpression Compile(string source, int start)
    {
        var syntax = Parser.Parse(source, start, resolver.IsKnown);
        return FeelExpression.Compiled(source, compiler.Compile(syntax), Limits);
    }
}
