using Bpm.Engine.Parsing;

namespace Bpm.Engine.Forms;

/// <summary>A parsed form resource: the schema when it is valid, else every problem found (and the id, when it has one).</summary>
internal sealed record FormParseResult(FormSchema? Schema, IReadOnlyList<ValidationError> Errors, string? Id = null);
