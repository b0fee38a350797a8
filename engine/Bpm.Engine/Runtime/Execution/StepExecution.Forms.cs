namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Binds each user task created in this step with a formId to that form's latest version now, so a later
    /// form deployment does not change what an open task asks for.</summary>
    private async Task BindFormsAsync()
    {
        foreach (var task in Changes.InsertedUserTasks)
        {
            if (task.FormId is null || task.FormVersion is not null) continue;
            if (await Context.Forms.LatestAsync(task.FormId, Cancellation) is not { } form) continue;
            task.FormVersion = form.Version;
            task.FormKey = form.Key.ToString();
        }
    }
}
