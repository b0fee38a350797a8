using System.Text.Json.Nodes;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Deadlines;

/// <summary>A changed named deadline (the process variable <c>deadlines</c>) written to the instance, with what depends on
/// it following, through the module API (docs/adr/0007): the deadline module's and the deadline commands' one way to apply
/// a deadline. "Depends on" is textual, see <see cref="DeadlineReferences"/>.</summary>
public static class DeadlineFollowing
{
    /// <summary>Writes the changed deadlines (journalled as VARIABLE_SET) and re-times everything that depends on
    /// <paramref name="name"/>: while it is paused its timers are held closed; when it runs they are (re)opened at the new due
    /// date, and open user tasks whose dueDate uses it get the new due date.</summary>
    public static Task ApplyDeadlineAsync(this IKernelStep step, KernelInstance instance, JsonObject all, string name)
    {
        step.SetLocal(instance, instance.Key, DeadlineDocument.VariableName, all);
        var paused = DeadlineDocument.Text(all[name]!.AsObject(), "state") == DeadlineStates.Paused;
        return step.RetimeDependentsAsync(instance, source => DeadlineReferences.DependsOn(source, name), paused, $"期限「{name}」");
    }

    /// <summary>An activity changed deadline <paramref name="name"/> in the <c>deadlines</c> variable it set: that value (as
    /// the element sees it, local when the element has output mappings) becomes the instance's, and its dependents follow.
    /// An incident on the element when the variable has no such deadline.</summary>
    public static Task FollowDeadlineAsync(this IKernelStep step, KernelInstance instance, KernelElement element, string name)
    {
        if (instance.Variable(DeadlineDocument.VariableName, element.Key) is not JsonObject all || all[name] is not JsonObject)
            throw new IncidentException(IncidentTypes.ExtractValue, $"修改了期限「{name}」，但变量 deadlines 中没有该期限");
        return step.ApplyDeadlineAsync(instance, all, name);
    }
}
