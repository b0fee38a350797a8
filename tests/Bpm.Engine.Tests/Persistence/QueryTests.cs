using Bpm.Engine.Persistence;
using Bpm.Engine.Queries;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Infrastructure.EntityFactory;

namespace Bpm.Engine.Tests.Persistence;

public abstract class QueryTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Instances_page_newest_first_and_filter()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var changes = new StepChangeSet();
        var instances = Enumerable.Range(0, 7).Select(i => Instance(i % 2 == 0 ? "penalty" : "permit", i < 5 ? "ACTIVE" : "COMPLETED", "bk-" + i)).ToList();
        changes.InsertedInstances.AddRange(instances);
        await db.Store.CommitAsync(changes, CancellationToken.None);

        var page2 = await db.Queries.ListInstancesAsync(new ProcessInstanceFilter(null, null, null, Page: 2, PageSize: 3), CancellationToken.None);
        Assert.Equal(7, page2.Total);
        Assert.Equal((2, 3), (page2.Page, page2.PageSize));
        Assert.Equal(instances.Select(i => i.Key.ToString()).Reverse().Skip(3).Take(3), page2.Items.Select(i => i.ProcessInstanceKey));

        var filtered = await db.Queries.ListInstancesAsync(new ProcessInstanceFilter("ACTIVE", "penalty", null), CancellationToken.None);
        Assert.Equal([instances[4].Key.ToString(), instances[2].Key.ToString(), instances[0].Key.ToString()], filtered.Items.Select(i => i.ProcessInstanceKey));
        var byBusinessKey = await db.Queries.ListInstancesAsync(new ProcessInstanceFilter(null, null, "bk-6"), CancellationToken.None);
        Assert.Equal("COMPLETED", Assert.Single(byBusinessKey.Items).State);

        var clamped = await db.Queries.ListInstancesAsync(new ProcessInstanceFilter(null, null, null, Page: 0, PageSize: 10_000), CancellationToken.None);
        Assert.Equal((1, 500, 7), (clamped.Page, clamped.PageSize, clamped.Items.Count));
    }

    [Fact]
    public async Task Instance_shows_root_variables_active_elements_and_active_incidents()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance(stateData: """{"elements":[],"variables":{"amount":12000,"party":"张三"}}""");
        instance.ActiveElementIds = "review,wait";
        var changes = new StepChangeSet();
        changes.InsertedInstances.Add(instance);
        var active = Incident(instance.Key);
        changes.InsertedIncidents.Add(active);
        changes.InsertedIncidents.Add(Incident(instance.Key, "RESOLVED"));
        await db.Store.CommitAsync(changes, CancellationToken.None);

        var info = await db.Queries.GetInstanceAsync(instance.Key, CancellationToken.None);

        Assert.NotNull(info);
        Assert.Equal(12000, (int)info.Variables["amount"]!);
        Assert.Equal("张三", (string)info.Variables["party"]!);
        Assert.Equal(["review", "wait"], info.ActiveElementIds);
        Assert.Equal(active.Key.ToString(), Assert.Single(info.Incidents).IncidentKey);
        Assert.Null(await db.Queries.GetInstanceAsync(NextKey(), CancellationToken.None));
    }

    [Fact]
    public async Task Instance_without_variables_has_an_empty_object()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance(stateData: "{}");
        var changes = new StepChangeSet();
        changes.InsertedInstances.Add(instance);
        await db.Store.CommitAsync(changes, CancellationToken.None);

        Assert.Empty((await db.Queries.GetInstanceAsync(instance.Key, CancellationToken.None))!.Variables);
    }

    [Fact]
    public async Task History_concatenates_journal_rows_in_sequence_order()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance();
        var start = new StepChangeSet();
        start.InsertedInstances.Add(instance);
        // Written out of order on purpose: the history follows the sequence, not insertion.
        start.Journal.Add(Journal(instance.Key, 2, Entries(new HistoryEntry("COMPLETED", "start", "startEvent", "11", Now),
            new HistoryEntry("VARIABLE_SET", null, null, null, Now, "amount", System.Text.Json.Nodes.JsonValue.Create(5), "1"))));
        start.Journal.Add(Journal(instance.Key, 1, Entries(new HistoryEntry("ACTIVATED", "start", "startEvent", "11", Now))));
        await db.Store.CommitAsync(start, CancellationToken.None);

        var history = await db.Queries.GetHistoryAsync(instance.Key, CancellationToken.None);

        Assert.NotNull(history);
        Assert.Equal(["ACTIVATED", "COMPLETED", "VARIABLE_SET"], history.Select(h => h.Event));
        Assert.Equal(5, (int)history[2].Value!);
        Assert.Equal("amount", history[2].Name);
        Assert.Null(await db.Queries.GetHistoryAsync(NextKey(), CancellationToken.None));
    }

    [Fact]
    public async Task User_tasks_filter_and_page_by_key()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance();
        var other = Instance();
        var tasks = new[]
        {
            UserTask(instance.Key, "li", """["法制科","officers"]"""),
            UserTask(instance.Key, null, """["officers"]"""),
            // System.Text.Json's default encoder escapes non-ASCII characters.
            UserTask(instance.Key, null, System.Text.Json.JsonSerializer.Serialize(new[] { "法制科" })),
            UserTask(other.Key, "li", "[]", "COMPLETED"),
            UserTask(other.Key, null, """["officers_b"]"""),
        };
        var changes = new StepChangeSet();
        changes.InsertedInstances.AddRange([instance, other]);
        changes.InsertedUserTasks.AddRange(tasks);
        await db.Store.CommitAsync(changes, CancellationToken.None);

        async Task<string[]> Keys(UserTaskFilter filter) =>
            (await db.Queries.ListUserTasksAsync(filter, CancellationToken.None)).Items.Select(t => t.UserTaskKey).ToArray();
        string[] Expect(params int[] indexes) => indexes.Select(i => tasks[i].Key.ToString()).ToArray();

        Assert.Equal(Expect(0, 1, 2), await Keys(new UserTaskFilter(instance.Key.ToString(), null, null, null)));
        Assert.Equal(Expect(0, 1, 2, 4), await Keys(new UserTaskFilter(null, "CREATED", null, null)));
        Assert.Equal(Expect(0, 3), await Keys(new UserTaskFilter(null, null, "li", null)));
        Assert.Equal(Expect(0, 1), await Keys(new UserTaskFilter(null, null, null, "officers")));
        Assert.Equal(Expect(0, 2), await Keys(new UserTaskFilter(null, null, null, "法制科")));
        Assert.Equal(Expect(2, 4), await Keys(new UserTaskFilter(null, "CREATED", null, null, Page: 2, PageSize: 2)));

        var first = (await db.Queries.ListUserTasksAsync(new UserTaskFilter(null, null, null, null, PageSize: 1), CancellationToken.None));
        Assert.Equal(5, first.Total);
        Assert.Equal(["法制科", "officers"], first.Items[0].CandidateGroups);
    }

    [Fact]
    public async Task Definitions_and_incidents_are_listed()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var deployment = new Bpm.Engine.Persistence.Entities.DeploymentEntity { Key = NextKey(), DeployedAt = Now, ResourceNames = "p.bpmn" };
        var definition = new Bpm.Engine.Persistence.Entities.ProcessDefinitionEntity
        {
            Key = NextKey(), DeploymentKey = deployment.Key, BpmnProcessId = "penalty", Version = 1, Name = "行政处罚",
            ResourceName = "p.bpmn", Checksum = "x", Xml = "<definitions>处罚</definitions>", DeployedAt = Now,
        };
        await db.Store.SaveDeploymentAsync(deployment, [definition], CancellationToken.None);
        var instance = Instance();
        var changes = new StepChangeSet();
        changes.InsertedIncidents.AddRange([Incident(instance.Key), Incident(instance.Key, "RESOLVED"), Incident(NextKey())]);
        await db.Store.CommitAsync(changes, CancellationToken.None);

        Assert.Equal("行政处罚", Assert.Single(await db.Queries.ListDefinitionsAsync("penalty", CancellationToken.None)).Name);
        Assert.Empty(await db.Queries.ListDefinitionsAsync("other", CancellationToken.None));
        Assert.Equal(Now, (await db.Queries.GetDefinitionAsync(definition.Key, CancellationToken.None))!.DeployedAt);
        Assert.Equal(definition.Xml, await db.Queries.GetDefinitionXmlAsync(definition.Key, CancellationToken.None));
        Assert.Equal(2, (await db.Queries.ListIncidentsAsync(instance.Key, null, CancellationToken.None)).Count);
        Assert.Equal(2, (await db.Queries.ListIncidentsAsync(null, "ACTIVE", CancellationToken.None)).Count);
    }

    private static string Entries(params HistoryEntry[] entries) =>
        System.Text.Json.JsonSerializer.Serialize(entries, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
}

public sealed class QuerySqliteTests() : QueryTests(DatabaseProvider.Sqlite);
public sealed class QueryPostgresTests() : QueryTests(DatabaseProvider.Postgres);
