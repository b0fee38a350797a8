namespace Bpm.Engine.Runtime.Projections;

/// <summary>A read model kept in step with process instances: after every step, each changed instance of one of
/// <see cref="ProcessIds"/> is passed to <see cref="Project"/>, and the row it returns is written (or, for null, the
/// instance's row deleted) in the same transaction as the step. Register implementations as services; the engine knows
/// nothing about what they contain.</summary>
public interface IInstanceProjection
{
    /// <summary>Names the projection in <c>instance_projections</c>.</summary>
    string Name { get; }

    /// <summary>Raise it when <see cref="Project"/> starts to produce different rows: start-up then rebuilds every row
    /// from the running instances.</summary>
    int Version { get; }

    /// <summary>The entity type of the rows (mapped in <see cref="RowModel"/>, or in <see cref="Persistence.BpmDbContext"/>
    /// when that is null) whose single-column primary key is the process instance key.</summary>
    Type RowType { get; }

    /// <summary>The EF model that maps <see cref="RowType"/> when the table belongs to a module (its own DbContext and
    /// migrations, see <see cref="Persistence.Migrations.IModuleSchema"/>); null when the engine's model maps it.</summary>
    Microsoft.EntityFrameworkCore.Metadata.IModel? RowModel => null;

    /// <summary>Whether ended (COMPLETED, TERMINATED) instances keep rows: a rebuild then projects every instance of
    /// <see cref="ProcessIds"/>, not only the running ones, and <see cref="Project"/> alone decides which have a row.</summary>
    bool ProjectsEndedInstances => false;

    /// <summary>The BPMN process ids whose instances it reads.</summary>
    IReadOnlySet<string> ProcessIds { get; }

    /// <summary>The row for the instance as the step leaves it, or null when it should have none. Runs inside the step's
    /// commit: it must be quick and must not change <see cref="ProjectedInstance.Variables"/>.</summary>
    object? Project(ProjectedInstance instance);
}
