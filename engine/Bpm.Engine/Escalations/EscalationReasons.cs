namespace Bpm.Engine.Escalations;

/// <summary>Why an escalation reached the heads.</summary>
public static class EscalationReasons
{
    /// <summary>A task passed its due date.</summary>
    public const string Overdue = "OVERDUE";
    /// <summary>A BPMN escalation was caught on a task (thrown by its officer or the model).</summary>
    public const string Escalation = "ESCALATION";
    /// <summary>A unit disagrees with a reviewer's opinion: a decision task with both positions.</summary>
    public const string Dispute = "DISPUTE";

    public static bool IsKnown(string reason) => reason is Overdue or Escalation or Dispute;
}
