using System.Globalization;
using System.Text.Json;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Queries;

namespace Bpm.Engine.Persistence.Queries;

internal static class UserTaskMapper
{
    /// <summary>Open tasks carry their deadline state now; finished ones do not (they are no longer waiting).</summary>
    public static UserTaskInfo ToInfo(UserTaskEntity t, DateTimeOffset now, double warningShare) =>
        new(Key(t.Key), t.ElementId, t.Name, Key(t.ProcessInstanceKey), t.BpmnProcessId, StateText<UserTaskState>.Of(t.State), t.Assignee,
            JsonStrings(t.CandidateGroups), JsonStrings(t.CandidateUsers), t.DueDate, t.FollowUpDate, t.Priority, t.FormKey,
            t.CreatedAt, t.CompletedAt,
            t.State == UserTaskState.Created ? DeadlineEvaluator.Evaluate(t.DueDate, t.CreatedAt, now, warningShare) : null,
            t.OrganisationId, t.Owner, t.DelegationState is { } delegation ? StateText<DelegationState>.Of(delegation) : null);

    public static IReadOnlyList<string> JsonStrings(string json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<string>>(json) ?? [];

    public static string Key(long key) => key.ToString(CultureInfo.InvariantCulture);
}
