namespace Bpm.Engine.Runtime.Events;

/// <summary>Something the kernel did inside a step that domain modules may act on in the same step (and transaction). Part of
/// the public module API (docs/adr/0007): events and their payloads are read-only views, never the kernel's own state.</summary>
public abstract class KernelEvent
{
    private protected KernelEvent() { }
}
