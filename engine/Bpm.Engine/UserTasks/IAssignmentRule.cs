using Bpm.Engine.Model;

namespace Bpm.Engine.UserTasks;

/// <summary>Module API: a named rule on who may perform a user task (a qualification, a separation of duties, a number of
/// confirmations). A rule applies to a task when its own headers declare it (<see cref="AppliesTo"/>) or when the task's
/// <see cref="AssignmentRuleHeader.Name"/> header names it. The engine consults it when the model names an assignee at
/// creation, on assign, claim, delegate, reassignment, confirmation and completion; a rule refuses by throwing
/// <see cref="UserTaskRuleViolationException"/> (409 naming the rule, the law and the field) or
/// <see cref="Runtime.InvalidCommandException"/> (400 naming the field). Registered with TryAddEnumerable; rules run in
/// registration order.</summary>
public interface IAssignmentRule
{
    /// <summary>The rule's name, as the <see cref="AssignmentRuleHeader.Name"/> header and a refusal's <c>rule</c> give it.</summary>
    string Name { get; }

    /// <summary>Whether the task's own headers turn the rule on.</summary>
    bool AppliesTo(TaskNode task);

    /// <summary>Problems with the headers this rule reads, checked at deployment on every task of the model (the engine
    /// prefixes the element's label): a header on the wrong kind of task, a value that cannot be read.</summary>
    IEnumerable<string> HeaderProblems(TaskNode task, ProcessModel model) => [];

    /// <summary>The performer (<see cref="AssignmentCheck.Performer"/>) may perform the task, or the rule throws.</summary>
    Task CheckPerformerAsync(AssignmentCheck check, CancellationToken ct);

    /// <summary>At completion, after every rule passed the performer: what the completion itself must satisfy (the
    /// submitted variables, the confirmations made so far).</summary>
    Task CheckCompletionAsync(AssignmentCheck check, CancellationToken ct) => Task.CompletedTask;

    /// <summary>How many distinct people must confirm the task before it completes (0: it takes no confirmations).</summary>
    int RequiredConfirmations(TaskNode task) => 0;
}
