using System.Security.Cryptography;
using System.Text;

namespace Bpm.Activities.Enforcement.Sampling;

/// <summary>A reproducible random sample: each member's rank is SHA-256 of the seed and its key, and the <c>size</c>
/// lowest ranks are picked. The same seed and population always give the same sample (on any machine and runtime
/// version), a different seed a different one, and adding members to the population never swaps out a member whose rank
/// still makes the cut.</summary>
public static class SeededSample
{
    public static IReadOnlyList<T> Pick<T>(IEnumerable<T> population, Func<T, string> key, string seed, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return population
            .Select(member => (member, rank: Rank(seed, key(member))))
            .OrderBy(x => x.rank, StringComparer.Ordinal)
            .Take(size)
            .Select(x => x.member)
            .ToList();
    }

    private static string Rank(string seed, string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed + "\n" + key)));
}
