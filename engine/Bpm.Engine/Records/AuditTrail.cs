using Bpm.Engine.Persistence.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Records;

/// <summary>The engine's audit log (<c>audit_log</c>, hash-chained) for a module context that records its changes in the
/// same transaction as the rows they change: map the table with <see cref="MapBpmAuditLog"/> and chain the rows it adds
/// with <see cref="UseBpmAuditChain"/>, as the engine's own context does.</summary>
public static class AuditTrail
{
    internal static readonly SharedChainInterceptor Chains = new();

    public static ModelBuilder MapBpmAuditLog(this ModelBuilder builder) => builder.ApplyConfiguration(new AuditConfiguration());

    public static DbContextOptionsBuilder UseBpmAuditChain(this DbContextOptionsBuilder builder) => builder.AddInterceptors(Chains);
}
