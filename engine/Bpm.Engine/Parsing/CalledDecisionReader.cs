using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Reads a business rule task's <c>zeebe:calledDecision decisionId="…" resultVariable="…"</c> (Camunda 8's
/// vocabulary). A static decision id is checked at deployment (the decision must exist); an id given as an expression
/// (<c>=…</c>) is resolved when the task runs, and a decision that is not deployed then raises an incident.</summary>
internal static class CalledDecisionReader
{
    public static CalledDecision? Read(ParseContext ctx, XElement element, string taskId)
    {
        var called = element.ZeebeExtension("calledDecision");
        var decisionId = called?.Attr("decisionId");
        var resultVariable = called?.Attr("resultVariable");
        if (decisionId is null || resultVariable is null)
        {
            ctx.Error(element, $"{ElementLabel.Of(element)}须同时填写被调用决策（zeebe:calledDecision decisionId）和结果变量（resultVariable）", called);
            return null;
        }
        if (!decisionId.StartsWith('=')) return new CalledDecision(decisionId, resultVariable);
        var expression = ctx.Expression(element, decisionId, "zeebe:calledDecision decisionId", called);
        return expression is null ? null : new CalledDecision(decisionId, resultVariable) { DecisionIdExpression = expression };
    }
}
