using static Bpm.Engine.Tests.Behaviour.PeerModels.PeerModelStep;

namespace Bpm.Engine.Tests.Behaviour.PeerModels;

/// <summary>The expectation per peer-model file in bpmn-elements/ that parses without errors, decided by reading each file.</summary>
public static class PeerModelScenarios
{
    public const string Folder = "bpmn-elements";

    public static readonly IReadOnlyList<PeerModelScenario> All =
    [
        // user task with a non-interrupting PT0.01S timer; both paths meet at a parallel join. The timer fires first
        // (the task is still open), its token waits at the join; completing the task fires the join.
        new("boundary-non-interupting-timer.bpmn", "Process_1",
            [Trigger("boundaryEvent"), CompleteTask("userTask")],
            "COMPLETED", ["StartEvent_1", "boundaryEvent", "userTask", "join", "EndEvent_04z4jtj"]),
        // start -> undefined task (with data store/object associations, which do not execute) -> end.
        new("data-store-reference.bpmn", "Process_1", [],
            "COMPLETED", ["StartEvent_1", "Task_1tsro36", "EndEvent_1x3m70n"]),
        // start -> undefined task reading a data object -> end.
        new("engine-issue-139.bpmn", "Process_1", [],
            "COMPLETED", ["Event_071j3c6", "Activity_0ksziuo", "Event_08mzzqt"]),
        // start -> two undefined tasks -> end; the group is only notation.
        new("groups.bpmn", "Process_1h1e3i5", [],
            "COMPLETED", ["StartEvent_1", "Activity_1kgsmgl", "Activity_1v17yu5", "Event_09abgyv"]),
        // Process_1: start -> none throw event (source of a message flow to a non-executable pool) -> end.
        new("messageflow-target-process.bpmn", "Process_1", [],
            "COMPLETED", ["start1", "Event_02mf8yt", "Event_0j4p7z5"]),
        // the executable pool holds a lone start event without outgoing flows: the instance ends at once.
        new("process-message.bpmn", "Process_04bq668", [],
            "COMPLETED", ["StartEvent_1"]),
        // start -> task -> PT0.05S timer catch (waits until its bookmark fires) -> task -> end.
        new("timer-event.bpmn", "timerProcess",
            [Trigger("duration")],
            "COMPLETED", ["start", "task1", "duration", "task2", "end"]),
        // two executable pools, each start -> task -> end.
        new("two-executable-processes.bpmn", "Process_1", [],
            "COMPLETED", ["StartEvent_1", "Task_1", "EndEvent_1"]),
        new("two-executable-processes.bpmn", "Process_2", [],
            "COMPLETED", ["StartEvent_2", "Task_2", "EndEvent_2"]),
    ];

    public static PeerModelScenario Named(string name) => All.Single(s => s.Name == name);
}
