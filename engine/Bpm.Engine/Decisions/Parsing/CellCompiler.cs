using System.Xml.Linq;
using Bpm.Engine.Expressions;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Decisions.Parsing;

/// <summary>Compiles the FEEL cells of one decision, reporting each bad cell with where it is ("规则 'r2'（第 2 条）第 1 个输入条目").</summary>
internal sealed class CellCompiler(FeelEngine feel, string resourceName, List<ValidationError> errors, string decisionId, string decisionPlace)
{
    public void Error(string message, int? line) =>
        errors.Add(new ValidationError(decisionId, $"{decisionPlace}：{message}{DmnPlace.Line(line)}", line, DmnParser.ElementType, resourceName));

    /// <summary>A FEEL expression (no leading '='); empty gives null, and an error when <paramref name="required"/>.</summary>
    public FeelExpression? Expression(XElement? text, string place, int? line, bool required)
    {
        var source = text.TrimmedText();
        if (source is null)
        {
            if (required) Error($"{place}为空", line);
            return null;
        }
        try
        {
            return feel.ParseExpression(source);
        }
        catch (FeelSyntaxException ex)
        {
            Error($"{place} \"{source}\" 不是有效的 FEEL 表达式：{ex.Message}", text!.Line());
            return null;
        }
    }

    /// <summary>Unary tests; an empty cell is "-" (any value).</summary>
    public FeelUnaryTests? UnaryTests(XElement? text, string place)
    {
        var source = text.TrimmedText() ?? "-";
        try
        {
            return feel.ParseUnaryTests(source);
        }
        catch (FeelSyntaxException ex)
        {
            Error($"{place} \"{source}\" 不是有效的 FEEL 一元测试：{ex.Message}", text!.Line());
            return null;
        }
    }
}
