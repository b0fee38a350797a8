namespace Bpm.Engine.Queries;

/// <summary>Module API: numbers a module issued to cases, shown in their <see cref="CaseLabel"/> before the <c>caseNumber</c>
/// variable and the business key. The engine's default knows none; a module that issues numbers replaces it.</summary>
public interface ICaseLabelNumbers
{
    /// <summary>The first number issued to each of the instances that has one.</summary>
    Task<IReadOnlyDictionary<long, string>> FirstIssuedAsync(IReadOnlyCollection<long> processInstanceKeys, CancellationToken ct);
}
