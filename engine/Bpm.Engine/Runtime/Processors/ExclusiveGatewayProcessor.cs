namespace Bpm.Engine.Runtime.Processors;

/// <summary>Passes each arriving token on (no join) along the first flow whose condition holds.</summary>
internal sealed class ExclusiveGatewayProcessor() : ConditionalGatewayProcessor(exclusive: true);
