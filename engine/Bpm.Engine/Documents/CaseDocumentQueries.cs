using Bpm.Engine.Persistence;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Documents;

/// <summary>Reads the documents of a case and opens their content from the content-addressed store.</summary>
public sealed class CaseDocumentQueries(IDbContextFactory<BpmDbContext> contexts, AttachmentStore store)
{
    /// <summary>The instance's documents, oldest first; null when the instance does not exist.</summary>
    public async Task<IReadOnlyList<CaseDocumentInfo>?> ListAsync(long processInstanceKey, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        if (!await context.ProcessInstances.AnyAsync(i => i.Key == processInstanceKey, ct)) return null;
        var rows = await context.Documents.AsNoTracking().Where(d => d.ProcessInstanceKey == processInstanceKey)
            .OrderBy(d => d.Key).ToListAsync(ct);
        return rows.Select(CaseDocumentInfo.From).ToList();
    }

    public async Task<CaseDocumentInfo?> FindAsync(long documentKey, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var row = await context.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Key == documentKey, ct);
        return row is null ? null : CaseDocumentInfo.From(row);
    }

    /// <summary>The document and its bytes; null when there is no such document. The caller disposes the stream.</summary>
    public async Task<(CaseDocumentInfo Document, Stream Content)?> OpenAsync(long documentKey, CancellationToken ct)
    {
        var document = await FindAsync(documentKey, ct);
        return document is null ? null : (document, await store.OpenAsync(document.Sha256, ct));
    }
}
