using System.Xml.Linq;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Parsing;

/// <summary>Reads a bpmn:conditionExpression or bpmn:completionCondition as FEEL; rejects JUEL and script languages.</summary>
internal static class ConditionReader
{
    public static FeelExpression? Read(ParseContext ctx, XElement owner, XElement? condition, string what)
    {
        var text = condition.TrimmedText();
        if (condition is null || text is null)
            return null;
        var language = condition.Attr("language");
        if (language is not null && !language.Contains("feel", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Error(owner, $"{what} in language '{language}' is not supported; only FEEL is", condition);
            return null;
        }
        if (text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal))
        {
            ctx.Error(owner, $"JUEL expressions are not supported in {what} '{text}'; use FEEL (=...)", condition);
            return null;
        }
        return ctx.Expression(owner, text, what, condition);
    }
}
