using System.Globalization;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Deployment;

/// <summary>Checks the user-task headers the engine gives meaning to (assignment rules, organisation) at
/// deployment, so a typo is refused with the element id instead of silently not applying.</summary>
internal static class TaskHeaderRules
{
    public static IEnumerable<ValidationError> Check(ProcessModel model, string resourceName)
    {
        var userTaskIds = model.ElementsById.Values.OfType<TaskNode>().Where(t => t.Kind == TaskKind.User).Select(t => t.Id).ToHashSet();
        var elementIds = model.ElementsById.Keys.ToHashSet();
        foreach (var task in model.ElementsById.Values.OfType<TaskNode>().OrderBy(t => t.Line))
        {
            foreach (var message in Problems(task, userTaskIds, elementIds))
                yield return new ValidationError(task.Id, $"{ElementLabel.Of(task)}：{message}", task.Line, task.ElementType, resourceName);
        }
    }

    private static IEnumerable<string> Problems(TaskNode task, HashSet<string> userTaskIds, HashSet<string> elementIds)
    {
        var headers = task.Headers;
        var isUser = task.Kind == TaskKind.User;
        if (headers.TryGetValue(AssignmentRules.RequiresCertificateHeader, out var certificate))
        {
            if (!isUser) yield return $"任务头「{AssignmentRules.RequiresCertificateHeader}」只能用在用户任务上";
            else if (certificate.Trim().ToLowerInvariant() is not ("true" or "false"))
                yield return $"任务头「{AssignmentRules.RequiresCertificateHeader}」须为 true 或 false（实际为「{certificate}」）";
        }
        if (headers.TryGetValue(AssignmentRules.RequiresLegalQualificationHeader, out var qualification))
        {
            if (!isUser) yield return $"任务头「{AssignmentRules.RequiresLegalQualificationHeader}」只能用在用户任务上";
            else if (qualification.Trim().ToLowerInvariant() is not ("true" or "false"))
                yield return $"任务头「{AssignmentRules.RequiresLegalQualificationHeader}」须为 true 或 false（实际为「{qualification}」）";
        }
        if (headers.TryGetValue(AssignmentRules.RequiredOfficersHeader, out var officers))
        {
            if (!isUser) yield return $"任务头「{AssignmentRules.RequiredOfficersHeader}」只能用在用户任务上";
            else if (!int.TryParse(officers.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 20)
                yield return $"任务头「{AssignmentRules.RequiredOfficersHeader}」须为 1 到 20 的整数（实际为「{officers}」）";
        }
        if (headers.TryGetValue(AssignmentRules.ExcludePerformersOfHeader, out var excluded))
        {
            var ids = excluded.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!isUser) yield return $"任务头「{AssignmentRules.ExcludePerformersOfHeader}」只能用在用户任务上";
            else if (ids.Length == 0) yield return $"任务头「{AssignmentRules.ExcludePerformersOfHeader}」没有列出任何元素";
            // An id not in this process may be a task of a calling process (a reusable 法制审核 excludes the caller's investigator).
            foreach (var id in ids.Where(id => elementIds.Contains(id) && !userTaskIds.Contains(id)))
                yield return $"任务头「{AssignmentRules.ExcludePerformersOfHeader}」列出的「{id}」是本流程的元素，但不是用户任务";
            foreach (var id in ids.Where(id => !IsElementId(id)))
                yield return $"任务头「{AssignmentRules.ExcludePerformersOfHeader}」列出的「{id}」不是有效的元素 id";
        }
    }

    private static bool IsElementId(string id)
    {
        try
        {
            System.Xml.XmlConvert.VerifyNCName(id);
            return true;
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }
}
