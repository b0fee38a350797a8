namespace Bpm.Engine.Expressions.Syntax;

/// <summary>One positive unary test: "&lt; 5" (Operator set), "[1..10]", "\"a\"", a list, or an expression over "?" (the
/// input value; <see cref="UsesInput"/>: it must evaluate to true instead of being compared with the input).</summary>
internal sealed record PositiveUnaryTestNode(string? Operator, SyntaxNode Operand, bool UsesInput, int Position) : SyntaxNode(Position);

/// <summary>A whole unary-tests cell: "-" (<see cref="MatchesAnything"/>), a list of positive tests, or their negation.</summary>
internal sealed record UnaryTestsNode(IReadOnlyList<PositiveUnaryTestNode> Tests, bool Negated, bool MatchesAnything, int Position)
    : SyntaxNode(Position);
