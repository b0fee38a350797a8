using System.Xml.Linq;

namespace Bpm.Engine.Parsing;

/// <summary>Camunda 7 / Activiti extensions change how an element runs; silently ignoring them would run the model
/// differently from what its author drew, so they are rejected (a few that only tune the old engine are tolerated).</summary>
internal static class ForeignExtensions
{
    private static readonly HashSet<string> Harmless = new(StringComparer.Ordinal)
    {
        "asyncBefore", "asyncAfter", "async", "exclusive", "jobPriority", "taskPriority", "historyTimeToLive", "versionTag",
        "isStartableInTasklist", "modelerTemplate", "modelerTemplateVersion", "properties", "failedJobRetryTimeCycle",
    };

    public static void Check(ParseContext ctx, XElement element)
    {
        var found = element.Attributes()
            .Where(a => IsForeign(a.Name.Namespace) && !Harmless.Contains(a.Name.LocalName))
            .Select(a => Prefixed(element, a.Name))
            .Concat(element.BpmnChildren("extensionElements").Elements()
                .Where(e => IsForeign(e.Name.Namespace) && !Harmless.Contains(e.Name.LocalName))
                .Select(e => Prefixed(element, e.Name)))
            .Distinct()
            .ToList();
        if (found.Count > 0)
            ctx.Error(element, $"{ElementLabel.Of(element)}使用了不支持的 Camunda 7/Activiti 扩展：{string.Join("、", found)}，请改用对应的 zeebe: 扩展");
    }

    private static bool IsForeign(XNamespace ns) => ns == BpmnXml.Camunda7 || ns == BpmnXml.Activiti;

    private static string Prefixed(XElement context, XName name) =>
        (context.GetPrefixOfNamespace(name.Namespace) ?? (name.Namespace == BpmnXml.Activiti ? "activiti" : "camunda")) + ":" + name.LocalName;
}
