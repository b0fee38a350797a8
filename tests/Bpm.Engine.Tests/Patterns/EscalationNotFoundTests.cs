using Bpm.Engine.Escalations;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.UserTasks;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Patterns;

/// <summary>An escalation that does not exist answers 404 naming it as people do (督办事项), a noun the escalations name
/// themselves: the kernel's <see cref="EngineNotFoundException"/> knows none of 督办.</summary>
public abstract class EscalationNotFoundTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_missing_escalation_is_not_found_with_its_chinese_noun()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var escalations = h.Services.GetRequiredService<IEscalationService>();
        var admin = new TaskActor("admin", ["admin"]);

        var read = await Assert.ThrowsAsync<EngineNotFoundException>(() => escalations.GetAsync(987_654_321, admin, CancellationToken.None));
        var settle = await Assert.ThrowsAsync<EngineNotFoundException>(() =>
            escalations.DecideAsync(987_654_321, "同意", null, admin, CancellationToken.None));

        Assert.Equal("督办事项 987654321 不存在", read.Message);
        Assert.Equal(read.Message, settle.Message);
    }
}

public sealed class EscalationNotFoundSqliteTests() : EscalationNotFoundTests(DatabaseProvider.Sqlite);
public sealed class EscalationNotFoundPostgresTests() : EscalationNotFoundTests(DatabaseProvider.Postgres);
