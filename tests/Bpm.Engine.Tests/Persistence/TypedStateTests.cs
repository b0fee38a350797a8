using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Bpm.Engine.Tests.Infrastructure.EntityFactory;

namespace Bpm.Engine.Tests.Persistence;

/// <summary>Typed states (issue 13, item 3): the engine compares enums, the database and the API keep the texts they always
/// held (no migration, no API change).</summary>
public sealed class TypedStateTests
{
    [Fact]
    public void A_state_is_its_name_in_upper_snake_case_both_ways()
    {
        Assert.Equal(("ACTIVE", "RESOLVED"), (StateText<IncidentState>.Of(IncidentState.Active), StateText<IncidentState>.Of(IncidentState.Resolved)));
        Assert.Equal(IncidentState.Resolved, StateText<IncidentState>.Parse("RESOLVED"));
        Assert.False(StateText<IncidentState>.TryParse("active", out _));
        Assert.Throws<FormatException>(() => StateText<IncidentState>.Parse("OPEN"));
        Assert.Equal("ACTIVATABLE_LATER", StateText<Sample>.Of(Sample.ActivatableLater));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_incident_state_is_stored_as_the_text_the_column_always_held_and_filtered_as_an_enum(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance();
        var resolved = Incident(instance.Key, "RESOLVED");
        var changes = new StepChangeSet();
        changes.InsertedIncidents.AddRange([Incident(instance.Key), resolved]);
        await db.Store.CommitAsync(changes, CancellationToken.None);

        await using var context = await db.ContextFactory.CreateDbContextAsync();
        var stored = await context.Database.SqlQuery<string>($"SELECT state AS \"Value\" FROM incidents WHERE key = {resolved.Key}").SingleAsync();
        Assert.Equal("RESOLVED", stored);
        Assert.Equal(resolved.Key, (await context.Incidents.SingleAsync(i => i.ProcessInstanceKey == instance.Key && i.State == IncidentState.Resolved)).Key);
        Assert.Equal(["ACTIVE"], (await db.Queries.ListIncidentsAsync(instance.Key, "ACTIVE", CancellationToken.None)).Select(i => i.State));
        Assert.Empty(await db.Queries.ListIncidentsAsync(instance.Key, "active", CancellationToken.None));
    }

    private enum Sample
    {
        ActivatableLater,
    }
}
