namespace Bpm.Engine.Expressions.Syntax;

/// <summary>DMN unary tests (a decision table's input entries and allowed values): "-" or nothing (any value), a
/// comma-separated list of positive tests, or "not(" that list ")".</summary>
internal sealed partial class Parser
{
    public static UnaryTestsNode ParseUnaryTests(string source, Func<string, bool> isKnownFunction)
    {
        var parser = new Parser(Lexer.Tokenize(source, 0), isKnownFunction);
        return parser.ParseUnaryTestList();
    }

    private UnaryTestsNode ParseUnaryTestList()
    {
        var position = Current.Position;
        if (Current.Kind == TokenKind.End || (Current.Is("-") && Peek(1).Kind == TokenKind.End))
            return new UnaryTestsNode([], Negated: false, MatchesAnything: true, position);
        var negated = Current.IsWord("not") && Peek(1).Is("(");
        if (negated)
        {
            Advance();
            Advance();
        }
        var tests = new List<PositiveUnaryTestNode>();
        do tests.Add(ParsePositiveUnaryTest());
        while (TryConsume(","));
        if (negated) Expect(")");
        if (Current.Kind != TokenKind.End) throw Unexpected();
        return new UnaryTestsNode(tests, negated, MatchesAnything: false, position);
    }

    private PositiveUnaryTestNode ParsePositiveUnaryTest()
    {
        var first = index;
        var token = Current;
        var op = token.Kind == TokenKind.Punctuation && ComparisonOperators.Contains(token.Text) ? Advance().Text : null;
        var operand = op is null ? ParseExpression() : ParseAdditive();
        var usesInput = false;
        for (var k = first; k < index; k++) usesInput |= tokens[k] is { Kind: TokenKind.Name, Text: "?" };
        return new PositiveUnaryTestNode(op, operand, usesInput, token.Position);
    }
}
