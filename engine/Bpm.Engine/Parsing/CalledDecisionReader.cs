using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Reads a business rule task's <c>zeebe:calledDecision decisionId="…" resultVariable="…"</c> (Camunda 8's
/// vocabulary). The decision id is static: the deployment checks that the decision exists.</summary>
internal static class CalledDecisionReader
{
    public static CalledDecision? Read(ParseContext ctx, XElement element, string taskId)
    {
        var called = element.ZeebeExtension("calledDecision");
        var decisionId = called?.Attr("decisionId");
        var resultVariable = called?.Attr("resultVariable");
        if (decisionId is null || resultVariable is null)
        {
            ctx.Error(element, $"businessRuleTask '{taskId}' has no zeebe:calledDecision decisionId and resultVariable", called);
            return null;
        }
        if (decisionId.StartsWith('='))
        {
            ctx.Error(element, $"businessRuleTask '{taskId}': zeebe:calledDecision decisionId must name a decision, not an expression", called);
            return null;
        }
        return new CalledDecision(decisionId, resultVariable);
    }
}
