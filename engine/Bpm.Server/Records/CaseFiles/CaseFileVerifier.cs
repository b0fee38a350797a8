using System.IO.Compression;
using System.Text.Json;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Records;

namespace Bpm.Server.Records.CaseFiles;

/// <summary>Verifies an electronic case file without the server or its database: every file against the manifest (present,
/// SHA-256, size, nothing extra), the history rows as a hash chain ending at the manifest's head, the anchor (the case's
/// leaf, the Merkle root over its leaves, its own hash and, given the key, its signature), each access-log row's hash, and
/// that every document and evidence file is named by its SHA-256 in the chained history (so a file swapped together with its
/// manifest line is still found). Returns the problems found, in Chinese (none means intact), and what the anchor covered.</summary>
public static class CaseFileVerifier
{
    public static async Task<CaseFileVerification> VerifyAsync(Stream zipStream, string? anchorKey, CancellationToken ct)
    {
        var problems = new List<string>();
        ZipArchive zip;
        try
        {
            zip = await ZipArchive.CreateAsync(zipStream, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, ct);
        }
        catch (InvalidDataException ex)
        {
            return new CaseFileVerification([$"不是有效的 ZIP 文件：{ex.Message}"], null, false);
        }
        await using (zip)
        {
            var manifest = await ReadJsonAsync<CaseFileManifest>(zip, CaseFileManifest.FileName, problems, ct);
            if (manifest is null) return new CaseFileVerification(problems, null, false);
            if (manifest.Format != CaseFileManifest.CurrentFormat) problems.Add($"manifest.json：格式 {manifest.Format} 无法识别");
            await CheckFilesAsync(zip, manifest, problems, ct);
            var history = await ReadJsonAsync<CaseFileHistory>(zip, CaseFileHistory.FileName, problems, ct);
            if (history is not null) CheckHistory(manifest, history, problems);
            CheckAnchor(manifest, anchorKey, problems);
            var accessLog = await ReadJsonAsync<List<AccessLogEntity>>(zip, "access-log.json", problems, ct);
            foreach (var row in accessLog ?? [])
                if (RowHash.Compute(row) != row.Hash) problems.Add($"access-log.json：调阅记录（链位置 {row.ChainPosition}）内容被修改");
            return new CaseFileVerification(problems, manifest.Anchor?.AnchoredAt, manifest.Anchor is not null && !string.IsNullOrEmpty(anchorKey));
        }
    }

    private static async Task CheckFilesAsync(ZipArchive zip, CaseFileManifest manifest, List<string> problems, CancellationToken ct)
    {
        var listed = manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName != CaseFileManifest.FileName && !listed.Contains(e.FullName)))
            problems.Add($"{entry.FullName}：不在 manifest.json 中（文件被加入）");
        foreach (var file in manifest.Files)
        {
            var entry = zip.GetEntry(file.Path);
            if (entry is null)
            {
                problems.Add($"{file.Path}：文件缺失（被删除）");
                continue;
            }
            await using var content = await entry.OpenAsync(ct);
            var (sha256, size) = await HashingCopy.CopyAsync(content, Stream.Null, ct);
            if (sha256 != file.Sha256 || size != file.Size)
                problems.Add($"{file.Path}：SHA-256 {sha256}（{size} 字节）与清单 {file.Sha256}（{file.Size} 字节）不符：文件被修改");
        }
    }

    private static void CheckHistory(CaseFileManifest manifest, CaseFileHistory history, List<string> problems)
    {
        if (history.ProcessInstanceKey != manifest.ProcessInstanceKey)
            problems.Add($"history.json：属于流程实例 {history.ProcessInstanceKey}，清单为 {manifest.ProcessInstanceKey}");
        var rows = history.ChainedRows().ToList();
        var anchored = manifest.Anchor?.Leaves.FirstOrDefault(l => l.Chain == manifest.ProcessInstanceKey) is { } leaf
            ? new AnchoredHead(leaf.Entries, leaf.HeadHash, manifest.Anchor.AnchoredAt)
            : null;
        var report = ChainCheck.Check(rows, manifest.Chain.Entries, manifest.Chain.HeadHash, anchored);
        if (!report.Valid) problems.Add($"history.json：哈希链在第 {report.FirstBrokenAt} 条断开：{report.Reason}");

        // The chained history names every file by its SHA-256 (the document variables, the ATTACHED events); case files made
        // since 0031 also chain the attachment and document rows themselves.
        var chained = string.Join('\n', history.Journal.Select(j => j.Entries).Concat(history.TaskHistory.Select(h => h.Details ?? ""))
            .Concat((history.Attachments ?? []).Select(a => a.Sha256)).Concat((history.Documents ?? []).Select(d => d.Sha256)));
        foreach (var file in manifest.Files.Where(f => f.Kind is CaseFileEntry.Document or CaseFileEntry.EvidenceItem or CaseFileEntry.Attachment))
            if (!chained.Contains(file.Sha256, StringComparison.Ordinal))
                problems.Add($"{file.Path}：SHA-256 {file.Sha256} 未记录在全过程记录中：文件或清单被替换");
    }

    private static void CheckAnchor(CaseFileManifest manifest, string? anchorKey, List<string> problems)
    {
        if (manifest.Anchor is not { } anchor) return;
        if (anchor.Leaves.All(l => l.Chain != manifest.ProcessInstanceKey))
            problems.Add("manifest.json：锚定记录中没有本案的链头");
        if (anchor.Leaves.Count != anchor.LeafCount)
            problems.Add($"manifest.json：锚定记录有 {anchor.LeafCount} 个链头，清单列出 {anchor.Leaves.Count} 个");
        if (MerkleTree.Root(anchor.Leaves.Select(l => (l.Chain, l.Entries, l.HeadHash))) != anchor.MerkleRoot)
            problems.Add("manifest.json：锚定的默克尔根与其链头不符");
        var entity = new RecordAnchorEntity
        {
            AnchoredAt = anchor.AnchoredAt, LeafCount = anchor.LeafCount, MerkleRoot = anchor.MerkleRoot, PreviousHash = anchor.PreviousHash,
        };
        if (AnchorSeal.Hash(entity) != anchor.Hash) problems.Add("manifest.json：锚定记录的哈希与其内容不符");
        if (!string.IsNullOrEmpty(anchorKey) && AnchorSeal.Sign(anchor.Hash, anchorKey) != anchor.Signature)
            problems.Add("manifest.json：锚定签名与给定密钥不符");
    }

    private static async Task<T?> ReadJsonAsync<T>(ZipArchive zip, string name, List<string> problems, CancellationToken ct) where T : class
    {
        var entry = zip.GetEntry(name);
        if (entry is null)
        {
            problems.Add($"{name}：缺失");
            return null;
        }
        try
        {
            await using var stream = await entry.OpenAsync(ct);
            return await JsonSerializer.DeserializeAsync<T>(stream, CaseFileJson.Options, ct)
                ?? throw new JsonException("empty");
        }
        catch (JsonException ex)
        {
            problems.Add($"{name}：无法读取（{ex.Message}）");
            return null;
        }
    }
}
