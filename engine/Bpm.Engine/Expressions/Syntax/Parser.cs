using System.Globalization;
using Bpm.Engine.Expressions.Evaluation;

namespace Bpm.Engine.Expressions.Syntax;

/// <summary>Recursive-descent parser; one method per precedence level, lowest first.</summary>
internal sealed partial class Parser
{
    private const int LongestMultiWordName = 5;

    private static readonly HashSet<string> Keywords =
    [
        "and", "or", "if", "then", "else", "for", "in", "return", "some", "every", "satisfies", "between",
        "instance", "of", "true", "false", "null", "function",
    ];

    private static readonly HashSet<string> ComparisonOperators = ["=", "!=", "<", "<=", ">", ">="];

    private static readonly string[] TypeNames =
    [
        "years and months duration", "days and time duration", "date and time", "number", "string", "boolean",
        "date", "time", "list", "context", "function", "range", "Any", "Null",
    ];

    private readonly List<Token> tokens;
    private readonly Func<string, bool> isKnownFunction;
    private int index;

    /// <summary>While parsing the end of a range, '[' closes an open range ("]1..10[") instead of starting a filter.</summary>
    private bool parsingRangeEnd;

    private Parser(List<Token> tokens, Func<string, bool> isKnownFunction)
    {
        this.tokens = tokens;
        this.isKnownFunction = isKnownFunction;
    }

    /// <summary>Parses source[start..] as one FEEL expression; positions in errors are offsets into source.</summary>
    public static SyntaxNode Parse(string source, int start, Func<string, bool> isKnownFunction)
    {
        var parser = new Parser(Lexer.Tokenize(source, start), isKnownFunction);
        if (parser.Current.Kind == TokenKind.End)
            throw new FeelSyntaxException($"表达式为空（位置 {parser.Current.Position}）", parser.Current.Position);
        var result = parser.ParseExpression();
        if (parser.Current.Kind != TokenKind.End) throw parser.Unexpected();
        return result;
    }

    private Token Current => tokens[index];

    private Token Peek(int ahead) => tokens[Math.Min(index + ahead, tokens.Count - 1)];

    private Token Advance()
    {
        var token = tokens[index];
        if (index < tokens.Count - 1) index++;
        return token;
    }

    private FeelSyntaxException Unexpected() => Current.Kind == TokenKind.End
        ? new FeelSyntaxException($"表达式意外结束（位置 {Current.Position}）", Current.Position)
        : new FeelSyntaxException($"无法识别的记号 {Current.Describe()}（位置 {Current.Position}）", Current.Position);

    private Token Expect(string punctuation)
    {
        if (!Current.Is(punctuation))
        {
            var what = Current.Kind == TokenKind.End ? "end of expression" : $"token {Current.Describe()}";
            throw new FeelSyntaxException($"此处应为 '{punctuation}'，实际为 {what}（位置 {Current.Position}）", Current.Position);
        }
        return Advance();
    }

    private void ExpectWord(string word)
    {
        if (!Current.IsWord(word))
        {
            var what = Current.Kind == TokenKind.End ? "end of expression" : $"token {Current.Describe()}";
            throw new FeelSyntaxException($"此处应为 '{word}'，实际为 {what}（位置 {Current.Position}）", Current.Position);
        }
        Advance();
    }

    private SyntaxNode ParseExpression() => ParseDisjunction();

    private SyntaxNode ParseDisjunction()
    {
        var left = ParseConjunction();
        while (Current.IsWord("or"))
        {
            var position = Advance().Position;
            left = new BinaryNode("or", left, ParseConjunction(), position);
        }
        return left;
    }

    private SyntaxNode ParseConjunction()
    {
        var left = ParseComparison();
        while (Current.IsWord("and"))
        {
            var position = Advance().Position;
            left = new BinaryNode("and", left, ParseComparison(), position);
        }
        return left;
    }

    private SyntaxNode ParseComparison()
    {
        var left = ParseAdditive();
        while (true)
        {
            var token = Current;
            if (token.Kind == TokenKind.Punctuation && ComparisonOperators.Contains(token.Text))
            {
                Advance();
                left = new BinaryNode(token.Text, left, ParseAdditive(), token.Position);
            }
            else if (token.IsWord("between"))
            {
                Advance();
                var low = ParseAdditive();
                ExpectWord("and");
                left = new BetweenNode(left, low, ParseAdditive(), token.Position);
            }
            else if (token.IsWord("in"))
            {
                Advance();
                left = new InNode(left, ParsePositiveUnaryTests(), token.Position);
            }
            else if (token.IsWord("instance") && Peek(1).IsWord("of"))
            {
                Advance();
                Advance();
                left = new InstanceOfNode(left, ParseTypeName(), token.Position);
            }
            else
            {
                return left;
            }
        }
    }

    private SyntaxNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Is("+") || Current.Is("-"))
        {
            var token = Advance();
            left = new BinaryNode(token.Text, left, ParseMultiplicative(), token.Position);
        }
        return left;
    }

    private SyntaxNode ParseMultiplicative()
    {
        var left = ParseExponentiation();
        while (Current.Is("*") || Current.Is("/"))
        {
            var token = Advance();
            left = new BinaryNode(token.Text, left, ParseExponentiation(), token.Position);
        }
        return left;
    }

    private SyntaxNode ParseExponentiation()
    {
        var left = ParseUnary();
        while (Current.Is("**"))
        {
            var token = Advance();
            left = new BinaryNode("**", left, ParseUnary(), token.Position);
        }
        return left;
    }

    private SyntaxNode ParseUnary()
    {
        if (!Current.Is("-")) return ParsePostfix();
        var position = Advance().Position;
        var operand = ParseUnary();
        return operand is LiteralNode { Value: decimal number }
            ? new LiteralNode(-number, position)
            : new NegationNode(operand, position);
    }

    private SyntaxNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            if (Current.Is("."))
            {
                Advance();
                var member = Current;
                if (member.Kind is not (TokenKind.Name or TokenKind.QuotedName)) throw Unexpected();
                Advance();
                node = new PathNode(node, member.Text, member.Position);
            }
            else if (Current.Is("[") && !parsingRangeEnd)
            {
                var position = Advance().Position;
                var filter = ParseExpression();
                Expect("]");
                node = new FilterNode(node, filter, position);
            }
            else if (Current.Is("("))
            {
                node = ParseArguments(null, node, node.Position);
            }
            else
            {
                return node;
            }
        }
    }

    private SyntaxNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                if (!decimal.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    throw new FeelSyntaxException($"数字 '{token.Text}' 超出范围（位置 {token.Position}）", token.Position);
                return new LiteralNode(number, token.Position);
            case TokenKind.String:
                Advance();
                return new LiteralNode(token.Text, token.Position);
            case TokenKind.QuotedName:
                Advance();
                return Current.Is("(") ? ParseArguments(token.Text, null, token.Position) : new NameNode(token.Text, token.Position);
            case TokenKind.Name:
                return ParseNamePrimary();
        }

        if (token.Is("@")) return ParseTemporalLiteral();
        if (token.Is("(")) return ParseParenthesized();
        if (token.Is("[")) return ParseListOrRange();
        if (token.Is("]")) return ParseRange(startIncluded: false);
        if (token.Is("{")) return ParseContext();
        throw Unexpected();
    }

    private SyntaxNode ParseNamePrimary()
    {
        var token = Current;
        switch (token.Text)
        {
            case "true": Advance(); return new LiteralNode(true, token.Position);
            case "false": Advance(); return new LiteralNode(false, token.Position);
            case "null": Advance(); return new LiteralNode(null, token.Position);
            case "if": return ParseIf();
            case "for": return ParseIteration(IterationKind.For, "return");
            case "some": return ParseIteration(IterationKind.Some, "satisfies");
            case "every": return ParseIteration(IterationKind.Every, "satisfies");
            case "function" when Peek(1).Is("("): return ParseFunctionDefinition();
        }

        var multiWord = TryMultiWordFunctionName();
        if (multiWord is not null) return ParseArguments(multiWord, null, token.Position);
        if (Keywords.Contains(token.Text)) throw Unexpected();
        Advance();
        return Current.Is("(") ? ParseArguments(token.Text, null, token.Position) : new NameNode(token.Text, token.Position);
    }

    /// <summary>Built-ins such as "string length" or "date and time" are several name tokens; take the longest known
    /// function name that is directly followed by '('.</summary>
    private string? TryMultiWordFunctionName()
    {
        for (var count = LongestMultiWordName; count >= 2; count--)
        {
            var words = new List<string>(count);
            for (var k = 0; k < count && Peek(k).Kind == TokenKind.Name; k++) words.Add(Peek(k).Text);
            if (words.Count != count || !Peek(count).Is("(")) continue;
            var name = string.Join(' ', words);
            if (!isKnownFunction(name)) continue;
            index += count;
            return name;
        }
        return null;
    }

    private CallNode ParseArguments(string? functionName, SyntaxNode? callee, int position)
    {
        Expect("(");
        var arguments = new List<SyntaxNode>();
        List<string>? names = null;
        if (!Current.Is(")"))
        {
            do
            {
                var argumentName = TryArgumentName();
                if (argumentName is not null) (names ??= []).Add(argumentName);
                if ((names is null) != (argumentName is null) || (names is not null && names.Count != arguments.Count + 1))
                    throw new FeelSyntaxException($"不能混用命名参数和位置参数（位置 {Current.Position}）", Current.Position);
                arguments.Add(ParseExpression());
            }
            while (TryConsume(","));
        }
        Expect(")");
        return new CallNode(functionName, callee, arguments, names, position);
    }

    private string? TryArgumentName()
    {
        var count = 0;
        while (Peek(count).Kind is TokenKind.Name or TokenKind.QuotedName) count++;
        if (count == 0 || !Peek(count).Is(":")) return null;
        var words = new List<string>();
        for (var k = 0; k < count; k++) words.Add(Advance().Text);
        Advance();
        return string.Join(' ', words);
    }

    private bool TryConsume(string punctuation)
    {
        if (!Current.Is(punctuation)) return false;
        Advance();
        return true;
    }

    private SyntaxNode ParseTemporalLiteral()
    {
        var at = Advance();
        var text = Current;
        if (text.Kind != TokenKind.String) throw Unexpected();
        Advance();
        var value = Temporals.ParseLiteral(text.Text)
            ?? throw new FeelSyntaxException($"无效的日期时间字面量 \"{text.Text}\"（位置 {text.Position}）", text.Position);
        return new LiteralNode(value, at.Position);
    }

    private SyntaxNode ParseParenthesized()
    {
        var open = Advance();
        var inner = ParseExpression();
        if (Current.Is("..")) return FinishRange(inner, startIncluded: false, open.Position);
        Expect(")");
        return inner;
    }

    private SyntaxNode ParseListOrRange()
    {
        var open = Advance();
        var items = new List<SyntaxNode>();
        if (TryConsume("]")) return new ListNode(items, open.Position);
        var first = ParseExpression();
        if (Current.Is("..")) return FinishRange(first, startIncluded: true, open.Position);
        items.Add(first);
        while (TryConsume(",")) items.Add(ParseExpression());
        Expect("]");
        return new ListNode(items, open.Position);
    }

    private SyntaxNode ParseRange(bool startIncluded)
    {
        var open = Advance();
        return FinishRange(ParseExpression(), startIncluded, open.Position);
    }

    private RangeNode FinishRange(SyntaxNode start, bool startIncluded, int position)
    {
        Expect("..");
        var outerRangeEnd = parsingRangeEnd;
        parsingRangeEnd = true;
        var end = ParseAdditive();
        parsingRangeEnd = outerRangeEnd;
        bool endIncluded;
        if (TryConsume("]")) endIncluded = true;
        else if (TryConsume(")") || TryConsume("[")) endIncluded = false;
        else throw new FeelSyntaxException($"区间须以 ']'、')' 或 '[' 结束（位置 {Current.Position}）", Current.Position);
        return new RangeNode(start, startIncluded, end, endIncluded, position);
    }

    private ContextNode ParseContext()
    {
        var open = Advance();
        var entries = new List<ContextEntryNode>();
        if (!Current.Is("}"))
        {
            do
            {
                entries.Add(new ContextEntryNode(ParseContextKey(), ParseExpression()));
            }
            while (TryConsume(","));
        }
        Expect("}");
        return new ContextNode(entries, open.Position);
    }

    private string ParseContextKey()
    {
        string key;
        if (Current.Kind is TokenKind.String or TokenKind.QuotedName)
        {
            key = Advance().Text;
        }
        else
        {
            var words = new List<string>();
            while (Current.Kind == TokenKind.Name) words.Add(Advance().Text);
            if (words.Count == 0) throw Unexpected();
            key = string.Join(' ', words);
        }
        Expect(":");
        return key;
    }

    private IfNode ParseIf()
    {
        var position = Advance().Position;
        var condition = ParseExpression();
        ExpectWord("then");
        var then = ParseExpression();
        ExpectWord("else");
        return new IfNode(condition, then, ParseExpression(), position);
    }

    private IterationNode ParseIteration(IterationKind kind, string bodyKeyword)
    {
        var position = Advance().Position;
        var iterators = new List<IteratorNode>();
        do
        {
            var name = Current;
            if (name.Kind is not (TokenKind.Name or TokenKind.QuotedName) || (name.Kind == TokenKind.Name && Keywords.Contains(name.Text)))
                throw Unexpected();
            Advance();
            ExpectWord("in");
            var source = ParseExpression();
            SyntaxNode? rangeEnd = null;
            if (TryConsume("..")) rangeEnd = ParseExpression();
            iterators.Add(new IteratorNode(name.Text, source, rangeEnd));
        }
        while (TryConsume(","));
        ExpectWord(bodyKeyword);
        return new IterationNode(kind, iterators, ParseExpression(), position);
    }

    private FunctionDefinitionNode ParseFunctionDefinition()
    {
        var position = Advance().Position;
        Expect("(");
        var parameters = new List<string>();
        if (!Current.Is(")"))
        {
            do
            {
                if (Current.Kind is not (TokenKind.Name or TokenKind.QuotedName)) throw Unexpected();
                parameters.Add(Advance().Text);
            }
            while (TryConsume(","));
        }
        Expect(")");
        return new FunctionDefinitionNode(parameters, ParseExpression(), position);
    }

    /// <summary>The right-hand side of "in": one unary test, or a parenthesized list of them, or an interval.</summary>
    private List<UnaryTestNode> ParsePositiveUnaryTests()
    {
        if (!Current.Is("(")) return [ParseUnaryTest()];
        var open = Advance();
        var first = ParseUnaryTest();
        if (first.Operator is null && Current.Is(".."))
        {
            var range = FinishRange(first.Operand, startIncluded: false, open.Position);
            return [new UnaryTestNode(null, range, open.Position)];
        }
        var tests = new List<UnaryTestNode> { first };
        while (TryConsume(",")) tests.Add(ParseUnaryTest());
        Expect(")");
        return tests;
    }

    private UnaryTestNode ParseUnaryTest()
    {
        var token = Current;
        if (token.Kind == TokenKind.Punctuation && ComparisonOperators.Contains(token.Text))
        {
            Advance();
            return new UnaryTestNode(token.Text, ParseAdditive(), token.Position);
        }
        return new UnaryTestNode(null, ParseAdditive(), token.Position);
    }

    private string ParseTypeName()
    {
        foreach (var typeName in TypeNames)
        {
            var words = typeName.Split(' ');
            var matches = true;
            for (var k = 0; k < words.Length && matches; k++) matches = Peek(k).Kind == TokenKind.Name && Peek(k).Text == words[k];
            if (!matches) continue;
            index += words.Length;
            return typeName;
        }
        throw new FeelSyntaxException($"未知的类型名 {Current.Describe()}（位置 {Current.Position}）", Current.Position);
    }
}
