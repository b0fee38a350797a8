namespace Bpm.Engine.People.Training;

/// <summary>The training records of the people directory, per staff member (for 培训与资格 checks).</summary>
public interface IStaffTrainingQueries
{
    /// <summary>Every active user of the unit (and, with <paramref name="includeSubunits"/>, of the units below it) with the
    /// number of training records and their hours dated in [<paramref name="from"/>, <paramref name="to"/>]; ordered by username.</summary>
    Task<IReadOnlyList<StaffTraining>> ListAsync(string organisationId, bool includeSubunits, DateOnly from, DateOnly to, CancellationToken ct);
}
