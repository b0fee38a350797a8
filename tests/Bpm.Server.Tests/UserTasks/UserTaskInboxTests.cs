using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.UserTasks;

public abstract class UserTaskInboxTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    /// <summary>The listed tasks of this test's process, in the order listed.</summary>
    private static async Task<List<string>> KeysAsync(HttpClient client, string query, string processId) =>
        (await client.GetItemsAsync($"/api/user-tasks?{query}&pageSize=500"))
            .Where(t => t!["bpmnProcessId"]!.GetValue<string>() == processId)
            .Select(t => t!["userTaskKey"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Filters_sorting_paging_and_deadline_state()
    {
        var processId = await DeployReviewAsync();
        var now = DateTimeOffset.UtcNow;
        var late = await StartTaskAsync(processId, due: now.AddDays(-1), prio: 10);
        var soon = await StartTaskAsync(processId, due: now.AddDays(2), prio: 90);
        var later = await StartTaskAsync(processId, due: now.AddDays(9), prio: 50);
        var undated = await StartTaskAsync(processId, prio: 70);
        var officer1 = await As("officer1");
        var officer3 = await As("officer3");

        Assert.Equal([late, soon, later, undated], await KeysAsync(officer1, "candidateForMe=true&sort=dueDate", processId));
        Assert.Equal([later, soon, late, undated], await KeysAsync(officer1, "candidateForMe=true&sort=dueDate&order=desc", processId));
        Assert.Equal([soon, undated, later, late], await KeysAsync(officer1, "candidateForMe=true&sort=priority", processId));
        Assert.Equal([late, later, undated, soon], await KeysAsync(officer1, "candidateForMe=true&sort=priority&order=asc", processId));
        Assert.Equal([late, soon, later, undated], await KeysAsync(officer1, "candidateForMe=true&sort=created", processId));
        Assert.Equal([late], await KeysAsync(officer1, "overdue=true", processId));
        Assert.Equal([late, soon], await KeysAsync(officer1, $"dueBefore={Uri.EscapeDataString(now.AddDays(3).ToString("O"))}&sort=dueDate", processId));
        Assert.Equal([late, soon, later, undated], await KeysAsync(officer1, "organisation=zhengzhou", processId));
        Assert.Empty(await KeysAsync(Client, "organisation=kaifeng", processId));
        Assert.Empty(await KeysAsync(officer3, "candidateForMe=true", processId));
        Assert.Empty(await KeysAsync(officer3, "state=CREATED", processId));

        var listed = (await officer1.GetItemsAsync("/api/user-tasks?candidateForMe=true&sort=dueDate&pageSize=500"))
            .First(t => t!["userTaskKey"]!.GetValue<string>() == late)!;
        Assert.Equal("overdue", listed["deadline"]!["state"]!.GetValue<string>());

        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{soon}/claim"));
        Assert.Equal([soon], await KeysAsync(officer1, "assignedToMe=true", processId));
        Assert.Equal([late, later, undated], await KeysAsync(officer1, "candidateForMe=true&sort=dueDate", processId));
        Assert.Equal([late, later, undated], await KeysAsync(await As("officer2"), "candidateForMe=true&sort=dueDate", processId));
        Assert.Empty(await KeysAsync(await As("officer2"), "assignedToMe=true", processId));

        var admin = Client;
        var page = await admin.GetObjectAsync($"/api/user-tasks?organisation=jinshui-amr&sort=dueDate&pageSize=1&page=2&state=CREATED");
        Assert.Single(page["items"]!.AsArray());
        Assert.True(page["total"]!.GetValue<long>() >= 4);
    }

    [Theory]
    [InlineData("sort=name")]
    [InlineData("order=up")]
    [InlineData("assignedToMe=maybe")]
    [InlineData("dueBefore=tomorrow")]
    public async Task Bad_inbox_query_is_400(string query) =>
        await (await Client.GetAsync($"/api/user-tasks?{query}")).ReadProblemAsync(System.Net.HttpStatusCode.BadRequest);
}
