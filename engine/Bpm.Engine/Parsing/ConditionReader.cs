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
            ctx.Error(owner, $"{ElementLabel.Of(owner)}的 {what} 使用了不支持的表达式语言「{language}」，只支持 FEEL", condition);
            return null;
        }
        if (text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal))
        {
            ctx.Error(owner, $"{ElementLabel.Of(owner)}的 {what}「{text}」是 JUEL 表达式，不受支持，请改用 FEEL（=...）", condition);
            return null;
        }
        return ctx.Expression(owner, text, what, condition);
    }
}
