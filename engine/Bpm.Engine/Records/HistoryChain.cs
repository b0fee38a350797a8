using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Records;

/// <summary>Chains the case records of a step onto their instances' chains and moves each instance's head, before the step is
/// written: its journal rows, then its user task history rows, then its new task comments, attachments, case comments and
/// documents. Correct because two steps of one instance never commit both: the instance row's revision check fails the
/// second, and the retry chains again from the committed head.</summary>
public static class HistoryChain
{
    /// <param name="markPending">False only in a benchmark measuring the mark's own cost: a server always marks.</param>
    public static void Seal(StepChangeSet changes, bool markPending = true)
    {
        foreach (var row in changes.Journal) Append(changes, row, markPending);
        foreach (var row in changes.TaskHistory) Append(changes, row, markPending);
        foreach (var row in changes.InsertedComments) Append(changes, row, markPending);
        foreach (var row in changes.InsertedAttachments) Append(changes, row, markPending);
        if (changes.ModuleRows.Count == 0) return;
        foreach (var row in changes.RowsOf<CaseCommentEntity>()) AppendNew(changes, row, markPending);
        foreach (var row in changes.RowsOf<CaseDocumentEntity>()) AppendNew(changes, row, markPending);
    }

    private static void AppendNew(StepChangeSet changes, ICaseRecordRow row, bool markPending)
    {
        if (changes.IsNew(row)) Append(changes, row, markPending);
    }

    private static void Append(StepChangeSet changes, ICaseRecordRow row, bool markPending)
    {
        var instanceKey = row.ProcessInstanceKey;
        // Every step writes its instances with their history. A row written without its instance has no head to chain onto:
        // it stays unchained, and verification reports it (a row without a chain position) instead of failing the write.
        if ((Find(changes.UpdatedInstances, instanceKey) ?? Find(changes.InsertedInstances, instanceKey)) is not { } instance) return;
        var head = new ChainHead(instance.HistoryEntries, instance.HistoryHeadHash);
        head.Append(row);
        instance.HistoryEntries = head.Entries;
        instance.HistoryHeadHash = head.Hash;
        if (markPending) instance.HistoryAnchorPending = true;
    }

    private static ProcessInstanceEntity? Find(List<ProcessInstanceEntity> instances, long key)
    {
        foreach (var instance in instances)
            if (instance.Key == key) return instance;
        return null;
    }
}
