namespace Bpm.Engine.Expressions.Syntax;

internal abstract record SyntaxNode(int Position);

internal sealed record LiteralNode(object? Value, int Position) : SyntaxNode(Position);

internal sealed record NameNode(string Name, int Position) : SyntaxNode(Position);

internal sealed record PathNode(SyntaxNode Target, string Member, int Position) : SyntaxNode(Position);

internal sealed record FilterNode(SyntaxNode Target, SyntaxNode Filter, int Position) : SyntaxNode(Position);

/// <summary>A call of a named function (FunctionName set) or of a function-valued expression (Callee set).
/// ArgumentNames is null for positional invocation.</summary>
internal sealed record CallNode(string? FunctionName, SyntaxNode? Callee, IReadOnlyList<SyntaxNode> Arguments,
    IReadOnlyList<string>? ArgumentNames, int Position) : SyntaxNode(Position);

internal sealed record NegationNode(SyntaxNode Operand, int Position) : SyntaxNode(Position);

internal sealed record BinaryNode(string Operator, SyntaxNode Left, SyntaxNode Right, int Position) : SyntaxNode(Position);

internal sealed record BetweenNode(SyntaxNode Value, SyntaxNode Low, SyntaxNode High, int Position) : SyntaxNode(Position);

/// <summary>A unary test: with an operator (e.g. "&lt; 5") it compares; without one the operand is matched by equality,
/// list membership or range membership.</summary>
internal sealed record UnaryTestNode(string? Operator, SyntaxNode Operand, int Position) : SyntaxNode(Position);

internal sealed record InNode(SyntaxNode Value, IReadOnlyList<UnaryTestNode> Tests, int Position) : SyntaxNode(Position);

internal sealed record RangeNode(SyntaxNode Start, bool StartIncluded, SyntaxNode End, bool EndIncluded, int Position)
    : SyntaxNode(Position);

internal sealed record InstanceOfNode(SyntaxNode Value, string TypeName, int Position) : SyntaxNode(Position);

internal sealed record ListNode(IReadOnlyList<SyntaxNode> Items, int Position) : SyntaxNode(Position);

internal sealed record ContextEntryNode(string Key, SyntaxNode Value);

internal sealed record ContextNode(IReadOnlyList<ContextEntryNode> Entries, int Position) : SyntaxNode(Position);

internal sealed record IfNode(SyntaxNode Condition, SyntaxNode Then, SyntaxNode Else, int Position) : SyntaxNode(Position);

internal enum IterationKind { For, Some, Every }

/// <summary>"name in source" or, for "for i in 1..3", "name in source..RangeEnd".</summary>
internal sealed record IteratorNode(string Name, SyntaxNode Source, SyntaxNode? RangeEnd);

internal sealed record IterationNode(IterationKind Kind, IReadOnlyList<IteratorNode> Iterators, SyntaxNode Body, int Position)
    : SyntaxNode(Position);

internal sealed record FunctionDefinitionNode(IReadOnlyList<string> Parameters, SyntaxNode Body, int Position)
    : SyntaxNode(Position);
