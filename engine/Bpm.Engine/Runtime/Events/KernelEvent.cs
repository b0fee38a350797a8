namespace Bpm.Engine.Runtime.Events;

/// <summary>Something the kernel did inside a step that domain modules may act on in the same step (and transaction).</summary>
internal abstract record KernelEvent;
