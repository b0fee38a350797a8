using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Reads one BPMN element of a supported type into its model node (or an <see cref="UnsupportedNode"/> with a
/// validation error when the element uses a variant the engine cannot run).</summary>
internal delegate FlowNode ElementReader(ProcessBuild build, XElement element, NodeCommon common, ScopeKind scope);
