using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Bpm.Engine.Evidence;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Records;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Records.CaseFiles;

/// <summary>Writes a case's electronic case file (电子卷宗) as one ZIP straight to a stream: the 卷内目录, the generated
/// documents in file order, the evidence and other attachments, the chained history, the case's access log and last
/// <c>manifest.json</c> with the SHA-256 of each file as written, the chain head and its anchor. Files are copied in chunks,
/// never held whole in memory.</summary>
public sealed class CaseFileWriter(IDbContextFactory<BpmDbContext> contexts, AttachmentStore store, CaseFileContents contents, TimeProvider clock)
{
    /// <summary>False when the instance does not exist (nothing is written).</summary>
    public async Task<bool> WriteAsync(long processInstanceKey, string generatedBy, Stream output, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var instance = await db.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Key == processInstanceKey, ct);
        if (instance is null) return false;
        var documents = await db.Documents.AsNoTracking().Where(d => d.ProcessInstanceKey == processInstanceKey).OrderBy(d => d.Key).ToListAsync(ct);
        var attachments = (await db.UserTaskAttachments.AsNoTracking().Where(a => a.ProcessInstanceKey == processInstanceKey).ToListAsync(ct))
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Key).ToList();
        var caseComments = (await db.CaseComments.AsNoTracking().Where(c => c.ProcessInstanceKey == processInstanceKey).ToListAsync(ct))
            .OrderBy(c => c.ChainPosition).ToList();
        var taskComments = (await db.UserTaskComments.AsNoTracking().Where(c => c.ProcessInstanceKey == processInstanceKey).ToListAsync(ct))
            .OrderBy(c => c.ChainPosition).ToList();
        var journal = (await db.Journal.AsNoTracking().Where(j => j.ProcessInstanceKey == processInstanceKey).ToListAsync(ct))
            .OrderBy(j => j.ChainPosition).ToList();
        var taskHistory = (await db.UserTaskHistory.AsNoTracking().Where(h => h.ProcessInstanceKey == processInstanceKey).ToListAsync(ct))
            .OrderBy(h => h.ChainPosition).ToList();
        var accessLog = (await db.AccessLog.AsNoTracking().Where(l => l.ProcessInstanceKey == processInstanceKey).ToListAsync(ct))
            .OrderBy(l => l.ChainPosition).ToList();
        var anchor = await AnchorAsync(db, processInstanceKey, ct);

        var now = clock.GetUtcNow();
        var key = processInstanceKey.ToString(CultureInfo.InvariantCulture);
        var entries = new List<CaseFileEntry>();
        await using (var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
        {
            var listed = documents.Select(d => (Title: d.Name, At: d.CreatedAt, d.Sha256))
                .Concat(attachments.Select(a => (Title: a.Name, At: a.CapturedAt ?? a.UploadedAt, a.Sha256))).ToList();
            var title = $"案件 {instance.BusinessKey ?? key}（{instance.BpmnProcessId}，流程实例 {key}）";
            entries.Add(await AddBytesAsync(zip, CaseFileContents.FileName, CaseFileEntry.Contents, "卷内目录", contents.Render(title, now, listed), ct));
            var number = 0;
            foreach (var document in documents)
            {
                await using var content = await store.OpenAsync(document.Sha256, ct);
                entries.Add(await AddStreamAsync(zip, $"documents/{++number:D2}-{SafeName(document.Name)}", CaseFileEntry.Document, document.Name, null, content, ct));
            }
            number = 0;
            foreach (var attachment in attachments)
            {
                var evidence = attachment.EvidenceKind is { } kind
                    ? new EvidenceDetails(kind, attachment.Device, attachment.CapturedAt ?? attachment.UploadedAt, attachment.CapturedPlace ?? "", attachment.Officer ?? attachment.UploadedBy)
                    : null;
                var folder = evidence is null ? "attachments" : "evidence";
                await using var content = await store.OpenAsync(attachment.Sha256, ct);
                entries.Add(await AddStreamAsync(zip, $"{folder}/{++number:D3}-{SafeName(attachment.Name)}",
                    evidence is null ? CaseFileEntry.Attachment : CaseFileEntry.EvidenceItem, attachment.Name, evidence, content, ct));
            }
            entries.Add(await AddBytesAsync(zip, CaseFileHistory.FileName, CaseFileEntry.History, "全过程记录（哈希链）",
                JsonSerializer.SerializeToUtf8Bytes(new CaseFileHistory(key, journal, taskHistory, caseComments, taskComments, attachments, documents), CaseFileJson.Options), ct));
            entries.Add(await AddBytesAsync(zip, "access-log.json", CaseFileEntry.AccessLog, "调阅记录",
                JsonSerializer.SerializeToUtf8Bytes(accessLog, CaseFileJson.Options), ct));
            var manifest = new CaseFileManifest(CaseFileManifest.CurrentFormat, key, instance.BusinessKey, instance.BpmnProcessId,
                Bpm.Engine.Persistence.States.StateText<Bpm.Engine.Persistence.States.ProcessInstanceState>.Of(instance.State),
                now, generatedBy, new CaseFileChain(instance.HistoryEntries, instance.HistoryHeadHash), anchor, entries);
            var entry = zip.CreateEntry(CaseFileManifest.FileName, CompressionLevel.Optimal);
            await using var stream = await entry.OpenAsync(ct);
            await JsonSerializer.SerializeAsync(stream, manifest, CaseFileJson.Options, ct);
        }
        return true;
    }

    private static async Task<CaseFileEntry> AddBytesAsync(ZipArchive zip, string path, string kind, string title, byte[] bytes, CancellationToken ct)
    {
        using var content = new MemoryStream(bytes, writable: false);
        return await AddStreamAsync(zip, path, kind, title, null, content, ct);
    }

    private static async Task<CaseFileEntry> AddStreamAsync(ZipArchive zip, string path, string kind, string title, EvidenceDetails? evidence,
        Stream content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        await using var target = await entry.OpenAsync(ct);
        var (sha256, size) = await HashingCopy.CopyAsync(content, target, ct);
        return new CaseFileEntry(path, kind, sha256, size, title, evidence);
    }

    /// <summary>The latest anchor that sealed this case's chain, with every leaf it sealed.</summary>
    private static async Task<CaseFileAnchor?> AnchorAsync(BpmDbContext db, long processInstanceKey, CancellationToken ct)
    {
        var chain = processInstanceKey.ToString(CultureInfo.InvariantCulture);
        var anchorId = await db.RecordAnchorLeaves.Where(l => l.Chain == chain).OrderByDescending(l => l.AnchorId).Select(l => (long?)l.AnchorId)
            .FirstOrDefaultAsync(ct);
        if (anchorId is null) return null;
        var anchor = await db.RecordAnchors.AsNoTracking().FirstAsync(a => a.Id == anchorId, ct);
        var leaves = await db.RecordAnchorLeaves.AsNoTracking().Where(l => l.AnchorId == anchorId)
            .Select(l => new CaseFileAnchorLeaf(l.Chain, l.Entries, l.HeadHash)).ToListAsync(ct);
        return new CaseFileAnchor(anchor.AnchoredAt, anchor.LeafCount, anchor.MerkleRoot, anchor.PreviousHash, anchor.Hash, anchor.Signature,
            leaves.OrderBy(l => l.Chain, StringComparer.Ordinal).ToList());
    }

    /// <summary>A file name safe inside a ZIP on every system: no folders, no characters Windows refuses.</summary>
    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var safe = new string(file.Select(c => c < ' ' || "<>:\"/\\|?*".Contains(c) ? '_' : c).ToArray()).Trim('.', ' ');
        return safe.Length == 0 ? "file" : safe;
    }
}
