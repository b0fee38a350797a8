using System.Xml.Linq;
using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Expressions;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Decisions.Parsing;

/// <summary>Reads one <c>decision</c> element: its id, name, variable, required decisions and logic.</summary>
internal sealed class DecisionReader(FeelEngine feel, XNamespace ns, string resourceName, List<ValidationError> errors)
{
    public DecisionModel? Read(XElement element)
    {
        var line = element.Line();
        var id = element.Attr("id");
        if (id is null)
        {
            errors.Add(new ValidationError(null, $"有一个决策没有 id{DmnPlace.Line(line)}", line, DmnParser.ElementType, resourceName));
            return null;
        }
        var name = element.Attr("name") ?? id;
        var variableName = element.Element(ns + "variable")?.Attr("name") ?? name;
        var required = element.Elements(ns + "informationRequirement")
            .Select(r => r.Element(ns + "requiredDecision")?.Attr("href"))
            .OfType<string>()
            .Select(href => href.TrimStart('#'))
            .ToList();
        var cells = new CellCompiler(feel, resourceName, errors, id, DmnPlace.Decision(id, name));
        DecisionLogic? logic = null;
        if (element.Element(ns + "decisionTable") is { } table)
            logic = new DecisionTableReader(ns, cells).Read(table);
        else if (element.Element(ns + "literalExpression") is { } literal)
            logic = cells.Expression(literal.Element(ns + "text"), "字面量表达式", literal.Line(), required: true) is { } expression
                ? new LiteralExpressionLogic(expression) : null;
        else
            cells.Error("既没有决策表 (decisionTable) 也没有字面量表达式 (literalExpression)", line);
        return logic is null ? null : new DecisionModel(id, name, variableName, required, logic, line);
    }
}
