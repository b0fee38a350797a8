namespace Bpm.Bus.Hosting;

/// <summary>A receive endpoint: one queue and the consumers that read it.</summary>
internal sealed record BusEndpoint(string QueueName, IReadOnlyList<Type> ConsumerTypes);
