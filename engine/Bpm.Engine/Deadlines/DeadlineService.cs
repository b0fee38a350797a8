using System.Text.Json.Nodes;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Deadlines;

/// <summary>The deadline commands, each one step through <see cref="ProcessEngine.RunCommandAsync{T}"/>.</summary>
internal sealed class DeadlineService(ProcessEngine engine, DeadlineCalculator deadlines) : IDeadlineService
{
    public Task<JsonObject> PauseAsync(long processInstanceKey, string name, string by, string reason, CancellationToken ct)
    {
        Require(name, "name");
        Require(reason, "reason");
        return ChangeAsync(processInstanceKey, name, (deadline, now) => DeadlineTransitions.Pause(deadline, now, by, reason), ct,
            new("DEADLINE_PAUSED", by, reason));
    }

    public Task<JsonObject> ResumeAsync(long processInstanceKey, string name, string by, string? reason, CancellationToken ct)
    {
        Require(name, "name");
        return ChangeAsync(processInstanceKey, name,
            (deadline, now) => DeadlineTransitions.Resume(deadline, deadlines, now, by, reason), ct, new("DEADLINE_RESUMED", by, reason));
    }

    public Task<JsonObject> ExtendAsync(long processInstanceKey, string name, int days, string by, string reason, CancellationToken ct)
    {
        Require(name, "name");
        Require(reason, "reason");
        if (days < 1) throw new InvalidCommandException($"延长天数须为正整数，收到 {days}", "days");
        return ChangeAsync(processInstanceKey, name, Extension(days, by, reason), ct, new("DEADLINE_EXTENDED", by, reason));
    }

    /// <summary>Extends a named deadline inside a step that does more (a head settling an escalation).</summary>
    internal async Task<JsonObject> ExtendInStepAsync(StepExecution step, InstanceExecution instance, string name, int days, string by, string reason)
    {
        Require(name, "deadline");
        if (days < 1) throw new InvalidCommandException($"延长的工作日数须为正整数，收到 {days}", "workingDays");
        return await ChangeInStepAsync(step, instance, name, Extension(days, by, reason), new("DEADLINE_EXTENDED", by, reason));
    }

    private Func<JsonObject, DateTimeOffset, JsonObject> Extension(int days, string by, string reason) =>
        (deadline, now) => DeadlineTransitions.Extend(deadline, deadlines, days, now, by, reason);

    /// <summary>Loads the deadline, lets <paramref name="change"/> edit it and add its history entry (at local time now),
    /// writes it back and recomputes what depends on it.</summary>
    private Task<JsonObject> ChangeAsync(long processInstanceKey, string name, Func<JsonObject, DateTimeOffset, JsonObject> change,
        CancellationToken ct, DeadlineEntry entry) =>
        engine.RunCommandAsync(requireCallerMaySee: null, async step =>
        {
            step.Actor = entry.By;
            return await ChangeInStepAsync(step, await step.LoadAsync(processInstanceKey), name, change, entry);
        }, ct);

    /// <summary>The instance history entry of a person's deadline change: who and why, beside the deadline's own history.</summary>
    private sealed record DeadlineEntry(string Event, string By, string? Reason);

    private static async Task<JsonObject> ChangeInStepAsync(StepExecution step, InstanceExecution instance, string name,
        Func<JsonObject, DateTimeOffset, JsonObject> change, DeadlineEntry entry)
    {
        var (all, deadline) = DeadlineSteps.FindDeadline(instance, name);
        var now = step.Context.BusinessClock.InZone(step.Now);
        try
        {
            change(deadline, now);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            throw new EngineConflictException(ex.Message);
        }
        step.Record(instance, entry.Event, null, null, null, name: name, by: entry.By, reason: entry.Reason);
        await step.ApplyDeadlineAsync(instance, all, name);
        return deadline.DeepClone().AsObject();
    }

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new InvalidCommandException($"缺少必填字段 {field}", field);
    }
}
