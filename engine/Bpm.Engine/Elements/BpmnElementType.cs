using Bpm.Engine.Parsing;
using Bpm.Engine.Runtime.Processors;

namespace Bpm.Engine.Elements;

/// <summary>One supported BPMN element type, declared once: its local name in the XML, the Chinese word a person reads for
/// it (validation messages), how the parser reads it into a model node, and the processor that runs that node.</summary>
internal sealed record BpmnElementType(string LocalName, string Label, ElementReader Read, IBpmnElementProcessor Processor);
