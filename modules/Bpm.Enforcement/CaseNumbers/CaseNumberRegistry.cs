using System.Data.Common;
using Bpm.Engine.Persistence;
using Bpm.Enforcement.CaseNumbers.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bpm.Enforcement.CaseNumbers;

/// <summary>Issues case numbers from per-(agency code, year, kind) counters. One transaction increments the counter with an
/// upsert (the row lock, on SQLite the database write lock, is held until commit, so concurrent issues get distinct
/// consecutive values) and records the issued number against the element instance, which makes a retry return the same
/// number instead of leaving a gap.</summary>
public sealed class CaseNumberRegistry(IDbContextFactory<CaseNumbersDbContext> contexts, TimeProvider clock)
{
    private const string IncrementSql =
        "INSERT INTO case_number_sequences (agency_code, year, kind, last_value) VALUES (@agency, @year, @kind, 1) " +
        "ON CONFLICT (agency_code, year, kind) DO UPDATE SET last_value = case_number_sequences.last_value + 1 " +
        "RETURNING last_value";

    /// <param name="format">Turns the sequence into the case number text.</param>
    public async Task<IssuedCaseNumber> IssueAsync(CaseNumberRequest request, Func<long, string> format, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(format);
        if (await FindAsync(request.ElementInstanceKey, ct) is { } earlier) return earlier;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var sequence = await IncrementAsync(db, request, ct);
            var number = format(sequence);
            db.CaseNumbers.Add(new CaseNumberEntity
            {
                AgencyCode = request.AgencyCode, Year = request.Year, Kind = request.Kind, Sequence = sequence, CaseNumber = number,
                ProcessInstanceKey = request.ProcessInstanceKey, ElementInstanceKey = request.ElementInstanceKey, IssuedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new IssuedCaseNumber(sequence, number, Reissued: false);
        }
        catch (DbUpdateException ex) when (UniqueIndexViolation.Is(ex, CaseNumberConfiguration.ElementInstanceIndex, "case_numbers.element_instance_key"))
        {
            // The same element instance ran twice at once; the other run's number stands (ours rolled back with its counter).
            return await FindAsync(request.ElementInstanceKey, ct) ?? throw new InvalidOperationException(
                $"case number of element instance {request.ElementInstanceKey} vanished after a duplicate issue", ex);
        }
    }

    private async Task<IssuedCaseNumber?> FindAsync(long elementInstanceKey, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.CaseNumbers.AsNoTracking().FirstOrDefaultAsync(c => c.ElementInstanceKey == elementInstanceKey, ct);
        return row is null ? null : new IssuedCaseNumber(row.Sequence, row.CaseNumber, Reissued: true);
    }

    private static async Task<long> IncrementAsync(CaseNumbersDbContext db, CaseNumberRequest request, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = IncrementSql;
        AddParameter(command, "@agency", request.AgencyCode);
        AddParameter(command, "@year", request.Year);
        AddParameter(command, "@kind", request.Kind);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
