using Bpm.Engine.Queries;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Persistence.Queries;

internal sealed class ElementStatisticsQueries(IDbContextFactory<BpmDbContext> contexts, DatabaseOptions options) : IElementStatisticsQueries
{
    public async Task<IReadOnlyList<ElementStatistics>> CountAsync(ElementStatisticsScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var byKey = scope.ProcessDefinitionKey is not null;
        object parameter = byKey ? scope.ProcessDefinitionKey!.Value : scope.BpmnProcessId!;
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await context.Database.SqlQueryRaw<ElementStatistics>(ElementStatisticsSql.For(options.Provider, byKey), parameter)
            .ToListAsync(ct);
    }
}
