using Bpm.Engine.Persistence.Configuration;

namespace Bpm.Engine.Persistence.Store;

/// <summary>Recognises unique-index violations of both providers.</summary>
internal static class UniqueViolation
{
    public static bool IsJournalSequence(Exception ex) =>
        Is(ex, JournalConfiguration.JournalSequenceIndex, "journal.process_instance_key, journal.sequence");

    public static bool IsLockedInstanceKey(Exception ex) =>
        Is(ex, "ux_jobs_locked_instance_key", "jobs.locked_instance_key");

    /// <summary>A message correlated twice to one process, a message id or inbox message stored twice, or a second active
    /// instance started for the same message start key.</summary>
    public static bool IsMessageRace(Exception ex) =>
        Is(ex, MessageCorrelationConfiguration.OncePerProcessIndex, "message_correlations.message_key, message_correlations.bpmn_process_id")
        || Is(ex, MessageConfiguration.MessageIdIndex, "messages.message_id")
        || Is(ex, "pk_inbox_messages", "inbox_messages.message_id")
        || Is(ex, ProcessInstanceConfiguration.StartKeyIndex, "process_instances.bpmn_process_id, process_instances.start_correlation_key");

    private static bool Is(Exception ex, string indexName, string sqliteColumns) => UniqueIndexViolation.Is(ex, indexName, sqliteColumns);
}
