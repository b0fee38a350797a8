using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime.Projections;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Adds the rows of every projection that reads this instance's process to the step's change set, so the
    /// read models commit (or fail) together with the instance.</summary>
    private void Project(InstanceExecution instance)
    {
        if (Context.Projections.Count == 0) return;
        var entity = instance.Entity;
        ProjectedInstance? projected = null;
        foreach (var projection in Context.Projections)
        {
            if (!projection.ProcessIds.Contains(entity.BpmnProcessId)) continue;
            projected ??= new ProjectedInstance(entity.Key, entity.BpmnProcessId, entity.State, entity.Revision, instance.State.Variables,
                entity.OrganisationId, entity.ParentInstanceKey);
            Changes.ProjectedRows.Add(new ProjectedRow { RowType = projection.RowType, RowModel = projection.RowModel, InstanceKey = entity.Key, Row = projection.Project(projected) });
        }
    }
}
