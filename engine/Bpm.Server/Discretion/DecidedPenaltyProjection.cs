using System.Globalization;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Projections;
using Bpm.Server.Discretion.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bpm.Server.Discretion;

/// <summary>Keeps <c>decided_penalties</c> current: every step that changes a top-level penalty case writes its decided
/// penalty (<see cref="DecidedPenaltyReader"/>) in the same transaction, so a corrected or re-decided case is counted as
/// it now stands; a case not (yet) decided, a called one and a cancelled (terminated) one have no row. Completed cases keep
/// theirs, and a rebuild projects them too (<see cref="ProjectsEndedInstances"/>).</summary>
public sealed class DecidedPenaltyProjection(IDbContextFactory<DiscretionDbContext> contexts) : IInstanceProjection
{
    private readonly Lazy<IModel> _model = new(() =>
    {
        using var context = contexts.CreateDbContext();
        return context.Model;
    });

    /// <summary>The procedures whose decision step records <c>discretionDeviation</c>.</summary>
    public static readonly IReadOnlyList<string> PenaltyProcesses = ["administrative-penalty", "administrative-penalty-summary", "simple-penalty"];

    public string Name => "decided-penalties";
    /// <summary>Raise it when <see cref="DecidedPenaltyReader"/> or <see cref="ToRow"/> change what they produce.</summary>
    public int Version => 1;
    public Type RowType => typeof(DecidedPenaltyEntity);
    public IModel RowModel => _model.Value;
    public bool ProjectsEndedInstances => true;
    public IReadOnlySet<string> ProcessIds { get; } = new HashSet<string>(PenaltyProcesses, StringComparer.Ordinal);

    public object? Project(ProjectedInstance instance) =>
        instance.State != ProcessInstanceState.Terminated && instance.ParentInstanceKey is null
            && DecidedPenaltyReader.Read(instance.Variables, instance.BpmnProcessId, instance.OrganisationId) is { } decided
            ? ToRow(instance.Key, decided)
            : null;

    public static DecidedPenaltyEntity ToRow(long instanceKey, DecidedPenalty decided) => new()
    {
        ProcessInstanceKey = instanceKey,
        Procedure = decided.Procedure,
        OrganisationId = decided.OrganisationId,
        ViolationType = decided.ViolationType,
        MinFineFen = Fen(decided.MinFine),
        MaxFineFen = Fen(decided.MaxFine),
        FineFen = Fen(decided.Fine),
        Position = decided.Position,
        Reasoned = decided.Reasoned,
        DecidedOn = decided.DecidedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Yuan to fen, rounded half away from zero; an amount beyond a long's range is not a fine anyone decided.</summary>
    private static long? Fen(decimal? yuan) =>
        yuan is { } amount && Math.Abs(amount) < long.MaxValue / 100m ? (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero) : null;
}
