using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Passes at once (the join waits for a token on every incoming flow, see StepExecution.Joins) and forks on every
/// outgoing flow.</summary>
internal sealed class ParallelGatewayProcessor : PassThroughProcessor
{
    public override IReadOnlyList<SequenceFlow> SelectOutgoingFlows(BpmnElementContext context) => [.. context.Node.Outgoing];
}
