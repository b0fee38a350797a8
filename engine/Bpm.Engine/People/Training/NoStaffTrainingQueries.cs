namespace Bpm.Engine.People.Training;

/// <summary>The default until an identity module registers the training records: nobody is on staff.</summary>
public sealed class NoStaffTrainingQueries : IStaffTrainingQueries
{
    public Task<IReadOnlyList<StaffTraining>> ListAsync(string organisationId, bool includeSubunits, DateOnly from, DateOnly to, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<StaffTraining>>([]);
}
