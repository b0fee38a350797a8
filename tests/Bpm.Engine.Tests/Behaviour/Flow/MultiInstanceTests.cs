using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

public abstract class MultiInstanceTests(DatabaseProvider provider)
{
    private static string UserTaskMi(string id, string loop) => Bpmn.Process(id, $"""
        {Start()}
        {User("approve", Io(Input("=item", "who")), loop)}
        {End()}
        {Bpmn.Chain("start", "approve", "end")}
        """);

    [Fact]
    public async Task Parallel_user_tasks_collect_outputs_in_collection_order_whatever_the_completion_order()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(UserTaskMi("mi_par_user", MultiInstance("=people", "item", "answers", "=answer")));

        var key = await h.StartAsync("mi_par_user", new { people = new[] { "ann", "bob", "cy" } });

        var tasks = await h.OpenTasksAsync(key);
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("approve", t.ElementId));
        var byWho = new Dictionary<string, long>();
        foreach (var (task, index) in tasks.OrderBy(t => long.Parse(t.UserTaskKey)).Select((t, i) => (t, i)))
            byWho[new[] { "ann", "bob", "cy" }[index]] = long.Parse(task.UserTaskKey);
        await h.Engine.CompleteUserTaskAsync(byWho["cy"], EngineHarness.ToJsonObject(new { answer = "C" }), CancellationToken.None);
        await h.Engine.CompleteUserTaskAsync(byWho["ann"], EngineHarness.ToJsonObject(new { answer = "A" }), CancellationToken.None);
        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        await h.Engine.CompleteUserTaskAsync(byWho["bob"], EngineHarness.ToJsonObject(new { answer = "B" }), CancellationToken.None);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("""["A","B","C"]""", instance.Variables["answers"].Json());
        Assert.Equal(4, await h.CountAsync(key, "approve", "COMPLETED"));
        Assert.False(instance.Variables.ContainsKey("item"));
        Assert.False(instance.Variables.ContainsKey("loopCounter"));
    }

    /// <summary>Each inner instance gets its own inputElement: a task's input mapping <c>=item</c> sees its own item.</summary>
    [Fact]
    public async Task Each_inner_instance_sees_its_own_input_element_and_loop_counter()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("mi_items", $"""
            {Start()}
            {Service("log", "bpm:log", Io(Input("=item + \"#\" + string(loopCounter)", "message")), loop: MultiInstance("=names", "item"))}
            {End()}
            {Bpmn.Chain("start", "log", "end")}
            """));

        var key = await h.StartAsync("mi_items", new { names = new[] { "x", "y", "z" } });

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        var logs = (await h.EventsAsync(key, "LOG")).Select(e => e.Value!.GetValue<string>()).ToList();
        Assert.Equal(["x#1", "y#2", "z#3"], logs);
    }

    [Fact]
    public async Task Sequential_user_tasks_run_one_at_a_time_in_collection_order()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(UserTaskMi("mi_seq_user", MultiInstance("=people", "item", "answers", "=answer", sequential: true)));

        var key = await h.StartAsync("mi_seq_user", new { people = new[] { "ann", "bob" } });

        for (var i = 0; i < 2; i++)
        {
            var task = Assert.Single(await h.OpenTasksAsync(key));
            Assert.Equal("approve", task.ElementId);
            await h.Engine.CompleteUserTaskAsync(long.Parse(task.UserTaskKey), EngineHarness.ToJsonObject(new { answer = i * 10 }), CancellationToken.None);
        }

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Empty(await h.OpenTasksAsync(key));
        Assert.Equal("[0,10]", instance.Variables["answers"].Json());
    }

    [Fact]
    public async Task Sequential_script_instances_collect_their_results()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("mi_seq_script", $"""
            {Start()}
            {Script("square", "=item * item + loopCounter", "r", loop: MultiInstance("=numbers", "item", "squares", "=r", sequential: true))}
            {End()}
            {Bpmn.Chain("start", "square", "end")}
            """));

        var key = await h.StartAsync("mi_seq_script", new { numbers = new[] { 2, 3, 4 } });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("[5,11,19]", instance.Variables["squares"].Json());
    }

    /// <summary>Zeebe creates the outputElement variable (when it is a plain variable reference) as a local of each inner
    /// instance, so parallel instances writing the same result variable do not overwrite each other.</summary>
    [Fact]
    public async Task Parallel_script_instances_do_not_overwrite_each_others_output_element()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("mi_par_script", $"""
            {Start()}
            {Script("times", "=item * 10", "r", loop: MultiInstance("=numbers", "item", "results", "=r"))}
            {End()}
            {Bpmn.Chain("start", "times", "end")}
            """));

        var key = await h.StartAsync("mi_par_script", new { numbers = new[] { 1, 2, 3 } });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("[10,20,30]", instance.Variables["results"].Json());
        Assert.False(instance.Variables.ContainsKey("r"));
    }

    [Fact]
    public async Task Parallel_script_instances_with_a_local_result_variable_collect_in_order()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("mi_par_local", $"""
            {Start()}
            {Script("times", "=item * 10", "r", Io(Input("=null", "r")), MultiInstance("=numbers", "item", "results", "=r"))}
            {End()}
            {Bpmn.Chain("start", "times", "end")}
            """));

        var key = await h.StartAsync("mi_par_local", new { numbers = new[] { 1, 2, 3 } });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("[10,20,30]", instance.Variables["results"].Json());
        Assert.False(instance.Variables.ContainsKey("r"));
    }

    [Fact]
    public async Task Multi_instance_sub_process_runs_its_flow_once_per_item()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("mi_sub", $"""
            {Start()}
            {SubProcess("each", $"""
                {Start("subStart")}{Bpmn.UserTask("check")}{End("subEnd")}
                {Bpmn.Chain("subStart", "check", "subEnd")}
                """, loop: MultiInstance("=orders", "order", "checked", "={id: order.id, ok: ok}"))}
            {End()}
            {Bpmn.Chain("start", "each", "end")}
            """));

        var key = await h.StartAsync("mi_sub", new { orders = new[] { new { id = 7 }, new { id = 8 } } });

        var tasks = (await h.OpenTasksAsync(key)).OrderBy(t => long.Parse(t.UserTaskKey)).ToList();
        Assert.Equal(2, tasks.Count);
        await h.Engine.CompleteUserTaskAsync(long.Parse(tasks[1].UserTaskKey), EngineHarness.ToJsonObject(new { ok = false }), CancellationToken.None);
        await h.Engine.CompleteUserTaskAsync(long.Parse(tasks[0].UserTaskKey), EngineHarness.ToJsonObject(new { ok = true }), CancellationToken.None);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(2, await h.CountAsync(key, "subEnd", "COMPLETED"));
        Assert.Equal(3, await h.CountAsync(key, "each", "COMPLETED"));
        Assert.Equal("""[{"id":7,"ok":true},{"id":8,"ok":false}]""", instance.Variables["checked"].Json());
    }

    [Fact]
    public async Task Empty_collection_completes_the_body_at_once_with_an_empty_output()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(UserTaskMi("mi_empty", MultiInstance("=people", "item", "answers", "=answer")));

        var key = await h.StartAsync("mi_empty", new { people = Array.Empty<string>() });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Empty(await h.TasksAsync(key, null));
        Assert.Equal("[]", instance.Variables["answers"].Json());
        Assert.Equal(["start", "approve", "end"], await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Completion_condition_on_completed_instances_cancels_the_remaining_task()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(UserTaskMi("mi_two_of_three",
            MultiInstance("=people", "item", "answers", "=answer", completionCondition: "=numberOfCompletedInstances >= 2")));

        var key = await h.StartAsync("mi_two_of_three", new { people = new[] { "ann", "bob", "cy" } });
        var tasks = (await h.OpenTasksAsync(key)).OrderBy(t => long.Parse(t.UserTaskKey)).ToList();
        await h.Engine.CompleteUserTaskAsync(long.Parse(tasks[2].UserTaskKey), EngineHarness.ToJsonObject(new { answer = "C" }), CancellationToken.None);
        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        await h.Engine.CompleteUserTaskAsync(long.Parse(tasks[0].UserTaskKey), EngineHarness.ToJsonObject(new { answer = "A" }), CancellationToken.None);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        var canceled = Assert.Single(await h.TasksAsync(key, "CANCELED"));
        Assert.Equal(tasks[1].UserTaskKey, canceled.UserTaskKey);
        Assert.Equal(2, (await h.TasksAsync(key, "COMPLETED")).Count);
        Assert.Equal(1, await h.CountAsync(key, "approve", "TERMINATED"));
        Assert.Equal(3, await h.CountAsync(key, "approve", "COMPLETED"));
        Assert.Equal("""["A",null,"C"]""", instance.Variables["answers"].Json());
        Assert.Equal(1, await h.CountAsync(key, "end", "COMPLETED"));
    }

    [Fact]
    public async Task Completion_condition_sees_the_number_of_instances_and_of_active_instances()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(UserTaskMi("mi_active",
            MultiInstance("=people", "item", completionCondition: "=numberOfInstances = 4 and numberOfActiveInstances = 2")));

        var key = await h.StartAsync("mi_active", new { people = new[] { "a", "b", "c", "d" } });
        var tasks = (await h.OpenTasksAsync(key)).OrderBy(t => long.Parse(t.UserTaskKey)).ToList();
        Assert.Equal(4, tasks.Count);
        await h.Engine.CompleteUserTaskAsync(long.Parse(tasks[0].UserTaskKey), null, CancellationToken.None);
        Assert.Equal(3, (await h.OpenTasksAsync(key)).Count);
        await h.Engine.CompleteUserTaskAsync(long.Parse(tasks[1].UserTaskKey), null, CancellationToken.None);

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(2, (await h.TasksAsync(key, "CANCELED")).Count);
        Assert.Equal(2, await h.CountAsync(key, "approve", "TERMINATED"));
    }

    [Fact]
    public async Task Completion_condition_on_loop_counter_stops_a_sequential_loop_early()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("mi_counter", $"""
            {Start()}
            {Script("step", "=item", "r", loop: MultiInstance("=[\"a\", \"b\", \"c\", \"d\"]", "item", "seen", "=r", sequential: true, completionCondition: "=loopCounter = 2"))}
            {End()}
            {Bpmn.Chain("start", "step", "end")}
            """));

        var key = await h.StartAsync("mi_counter");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(3, await h.CountAsync(key, "step", "COMPLETED"));
        Assert.Equal(0, await h.CountAsync(key, "step", "TERMINATED"));
        Assert.Equal("""["a","b",null,null]""", instance.Variables["seen"].Json());
    }

    [Fact]
    public async Task Input_collection_that_is_not_a_list_raises_an_incident()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(UserTaskMi("mi_not_list", MultiInstance("=people", "item")));

        var key = await h.StartAsync("mi_not_list", new { people = "ann,bob" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal(["approve"], instance.ActiveElementIds);
        Assert.Empty(await h.TasksAsync(key, null));
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("EXTRACT_VALUE_ERROR", incident.ErrorType);
        Assert.Equal("approve", incident.ElementId);
        Assert.Contains("list", incident.ErrorMessage);
    }
}

public sealed class MultiInstanceSqliteTests() : MultiInstanceTests(DatabaseProvider.Sqlite);
public sealed class MultiInstancePostgresTests() : MultiInstanceTests(DatabaseProvider.Postgres);
