namespace Bpm.Engine.Queries;

/// <summary>No module issues case numbers: a label shows the <c>caseNumber</c> variable or the business key.</summary>
public sealed class NoCaseLabelNumbers : ICaseLabelNumbers
{
    public Task<IReadOnlyDictionary<long, string>> FirstIssuedAsync(IReadOnlyCollection<long> processInstanceKeys, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<long, string>>(new Dictionary<long, string>());
}
