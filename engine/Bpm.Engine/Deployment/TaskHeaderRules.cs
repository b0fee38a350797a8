using System.Globalization;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Deployment;

/// <summary>Checks the user-task headers the engine gives meaning to (assignment rules, organisation, dispute positions) at
/// deployment, so a typo is refused with the element id instead of silently not applying.</summary>
internal static class TaskHeaderRules
{
    public static IEnumerable<ValidationError> Check(ProcessModel model, FeelEngine feel, string resourceName)
    {
        var userTaskIds = model.ElementsById.Values.OfType<TaskNode>().Where(t => t.Kind == TaskKind.User).Select(t => t.Id).ToHashSet();
        var elementIds = model.ElementsById.Keys.ToHashSet();
        foreach (var task in model.ElementsById.Values.OfType<TaskNode>().OrderBy(t => t.Line))
        {
            foreach (var message in Problems(task, userTaskIds, elementIds, feel))
                yield return new ValidationError(task.Id, $"{task.ElementType} '{task.Id}': {message}", task.Line, task.ElementType, resourceName);
        }
    }

    private static IEnumerable<string> Problems(TaskNode task, HashSet<string> userTaskIds, HashSet<string> elementIds, FeelEngine feel)
    {
        var headers = task.Headers;
        var isUser = task.Kind == TaskKind.User;
        if (headers.TryGetValue(AssignmentRules.RequiresCertificateHeader, out var certificate))
        {
            if (!isUser) yield return $"header '{AssignmentRules.RequiresCertificateHeader}' applies to user tasks only";
            else if (certificate.Trim().ToLowerInvariant() is not ("true" or "false"))
                yield return $"header '{AssignmentRules.RequiresCertificateHeader}' must be true or false (got '{certificate}')";
        }
        if (headers.TryGetValue(AssignmentRules.RequiresLegalQualificationHeader, out var qualification))
        {
            if (!isUser) yield return $"header '{AssignmentRules.RequiresLegalQualificationHeader}' applies to user tasks only";
            else if (qualification.Trim().ToLowerInvariant() is not ("true" or "false"))
                yield return $"header '{AssignmentRules.RequiresLegalQualificationHeader}' must be true or false (got '{qualification}')";
        }
        if (headers.TryGetValue(AssignmentRules.RequiredOfficersHeader, out var officers))
        {
            if (!isUser) yield return $"header '{AssignmentRules.RequiredOfficersHeader}' applies to user tasks only";
            else if (!int.TryParse(officers.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 20)
                yield return $"header '{AssignmentRules.RequiredOfficersHeader}' must be a whole number from 1 to 20 (got '{officers}')";
        }
        if (headers.TryGetValue(AssignmentRules.ExcludePerformersOfHeader, out var excluded))
        {
            var ids = excluded.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!isUser) yield return $"header '{AssignmentRules.ExcludePerformersOfHeader}' applies to user tasks only";
            else if (ids.Length == 0) yield return $"header '{AssignmentRules.ExcludePerformersOfHeader}' names no element";
            // An id not in this process may be a task of a calling process (a reusable 法制审核 excludes the caller's investigator).
            foreach (var id in ids.Where(id => elementIds.Contains(id) && !userTaskIds.Contains(id)))
                yield return $"header '{AssignmentRules.ExcludePerformersOfHeader}' names '{id}', which is an element of this process but not a user task";
            foreach (var id in ids.Where(id => !IsElementId(id)))
                yield return $"header '{AssignmentRules.ExcludePerformersOfHeader}' names '{id}', which is not a valid element id";
        }
        if (headers.TryGetValue(Escalations.EscalationSteps.DisputePositionsHeader, out var positions))
        {
            if (!isUser) yield return $"header '{Escalations.EscalationSteps.DisputePositionsHeader}' applies to user tasks only";
            else if (FeelProblem(feel, positions) is { } problem)
                yield return $"header '{Escalations.EscalationSteps.DisputePositionsHeader}' must be a FEEL expression (=...) giving a list of positions: {problem}";
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

    private static string? FeelProblem(FeelEngine feel, string source)
    {
        if (!source.TrimStart().StartsWith('=')) return "it does not start with '='";
        try
        {
            feel.Parse(source);
            return null;
        }
        catch (FeelSyntaxException ex)
        {
            return ex.Message;
        }
    }
}
