using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Stands in for an element the runtime cannot execute, so the rest of the graph can still be wired and
/// checked. A model containing one always carries a validation error and is never deployed.</summary>
internal sealed class UnsupportedNode : Activity
{
}
